package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores as the POS described them in addStore (store info, business rules, menus), read from the message
 * journal: it keeps every accepted addStore body exactly as sent, so the storefront shows what the POS sent without
 * the simulator keeping a second copy. The newest accepted addStore of a storeId wins.
 */
@Singleton
class StoreProfiles {

    static final String ADD_STORE = "addStore";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 1_000;

    private final MessageJournal journal;

    StoreProfiles(MessageJournal journal) {
        this.journal = journal;
    }

    /** Every added store by storeId (the pds {@code PdsStore} object), newest description first. */
    Map<String, JsonNode> all() {
        Map<String, JsonNode> stores = new LinkedHashMap<>();
        for (JournalEntry entry : accepted()) {
            for (JsonNode store : stores(entry.requestBody())) {
                String storeId = storeId(store);
                if (!storeId.isEmpty()) {
                    stores.putIfAbsent(storeId, store);
                }
            }
        }
        return stores;
    }

    /** The newest description of one store: reads the journal only as far back as that store's latest addStore. */
    Optional<JsonNode> find(String storeId) {
        for (JournalEntry entry : accepted()) {
            for (JsonNode store : stores(entry.requestBody())) {
                if (storeId.equals(storeId(store))) {
                    return Optional.of(store);
                }
            }
        }
        return Optional.empty();
    }

    private List<JournalEntry> accepted() {
        return journal.find(new JournalQuery(null, null, ADD_STORE, null, null, LIMIT)).stream()
                .filter(entry -> "S".equals(entry.resultStatus())).toList();
    }

    private static String storeId(JsonNode store) {
        return store.path("storeInfo").path("storeId").asText("");
    }

    private static List<JsonNode> stores(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            List<JsonNode> found = new ArrayList<>();
            if (request.path("store").isObject()) {
                found.add(request.get("store"));
            }
            request.path("stores").forEach(found::add);
            return found;
        } catch (IOException e) {
            return List.of();
        }
    }
}

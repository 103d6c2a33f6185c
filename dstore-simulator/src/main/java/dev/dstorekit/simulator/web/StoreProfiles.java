package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.pds.PdsStoreRecord;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stores as the POS described them in addStore (store info, business rules, menus), from the pds store
 * repository, which keeps each added store whole; as JSON trees, the form the pages read them in. A storeId is
 * added once (a second addStore is refused STORE_ALREADY_EXISTS).
 */
@Singleton
class StoreProfiles {

    private static final ObjectMapper TREES = new ObjectMapper();

    private final PdsStoreRepository stores;
    private final JsonMapper json;

    StoreProfiles(PdsStoreRepository stores, JsonMapper json) {
        this.stores = stores;
        this.json = json;
    }

    /** Every added store by storeId (the pds {@code PdsStore} object), the newest added first. */
    Map<String, JsonNode> all() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        stores.all().stream().filter(store -> store.store() != null)
                .sorted(Comparator.comparing(PdsStoreRecord::addedAt).reversed())
                .forEach(store -> all.put(store.storeId(), tree(store)));
        return all;
    }

    /** One added store's description. */
    Optional<JsonNode> find(String storeId) {
        return stores.find(storeId).filter(store -> store.store() != null).map(this::tree);
    }

    private JsonNode tree(PdsStoreRecord store) {
        try {
            return TREES.readTree(json.writeValueAsBytes(store.store()));
        } catch (IOException e) {
            throw new UncheckedIOException("pds store " + store.storeId() + " could not be written as JSON", e);
        }
    }
}

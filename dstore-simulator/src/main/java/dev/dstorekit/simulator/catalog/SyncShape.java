package dev.dstorekit.simulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a syncProduct call is a status-only update (REFERENCE §5.1): every product carries only
 * {@code posProductId}, {@code type} and {@code status} and is SINGLE or MODIFIER, and {@code store} carries only
 * {@code posStoreId}. Any optional field of the spec anywhere makes it a full sync; fields the spec does not know
 * are ignored like everywhere else.
 *
 * @param statusOnly          the call is a status-only update
 * @param fullSyncReasons     what made it a full sync, e.g. {@code products[1].price}
 * @param resemblesStatusOnly a full sync that looks like a status-only update gone wrong (a product or the store
 *                            carries only its required fields) — dropping products then deserves a warning
 */
public record SyncShape(boolean statusOnly, List<String> fullSyncReasons, boolean resemblesStatusOnly) {

    private static final Set<String> STATUS_ONLY_TYPES = Set.of("SINGLE", "MODIFIER");

    /**
     * @param storeOptional   optional properties of the spec's Store schema
     * @param productOptional optional properties of the spec's Product schema
     */
    public static SyncShape of(JsonNode request, Set<String> storeOptional, Set<String> productOptional) {
        List<String> reasons = new ArrayList<>();
        JsonNode store = request.path("store");
        boolean storeBare = true;
        for (String field : storeOptional) {
            if (store.has(field)) {
                reasons.add("store." + field);
                storeBare = false;
            }
        }
        boolean someProductBare = false;
        JsonNode products = request.path("products");
        for (int i = 0; i < products.size(); i++) {
            JsonNode product = products.get(i);
            boolean bare = true;
            for (String field : productOptional) {
                if (product.has(field)) {
                    reasons.add("products[" + i + "]." + field);
                    bare = false;
                }
            }
            String type = product.path("type").asText();
            if (!STATUS_ONLY_TYPES.contains(type)) {
                reasons.add("products[" + i + "].type " + type + " (status-only updates cover SINGLE and MODIFIER)");
            }
            someProductBare |= bare;
        }
        boolean statusOnly = reasons.isEmpty();
        return new SyncShape(statusOnly, List.copyOf(reasons), !statusOnly && (storeBare || someProductBare));
    }
}

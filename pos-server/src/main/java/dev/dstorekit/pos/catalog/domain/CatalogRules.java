package dev.dstorekit.pos.catalog.domain;

import dev.dstorekit.pos.shared.FieldProblem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a catalog and an availability change must satisfy beyond the schema, each broken rule named by its field:
 * a catalog D-Store can take whole (at least one product — syncProduct sends no empty list — each id once, every
 * modifier group naming MODIFIER products of the same catalog), and switches only of SINGLE and MODIFIER products
 * the store has.
 */
public final class CatalogRules {

    private CatalogRules() {
    }

    public static Optional<FieldProblem> catalogProblem(List<CatalogProduct> products) {
        if (products.isEmpty()) {
            return Optional.of(new FieldProblem("products", "a catalog needs at least one product (syncProduct"
                    + " overwrites D-Store's catalog and cannot send an empty one)"));
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Integer earlier = positions.putIfAbsent(products.get(i).posProductId(), i);
            if (earlier != null) {
                return Optional.of(new FieldProblem("products[" + i + "].posProductId", "'"
                        + products.get(i).posProductId() + "' is also products[" + earlier + "]; each product once"));
            }
        }
        for (int i = 0; i < products.size(); i++) {
            List<CatalogProduct.ModifierGroup> groups = products.get(i).modifierGroups();
            for (int g = 0; g < groups.size(); g++) {
                List<String> ids = groups.get(g).modifierProductIds();
                for (int m = 0; m < ids.size(); m++) {
                    Integer at = positions.get(ids.get(m));
                    if (at == null || !CatalogProduct.MODIFIER.equals(products.get(at).type())) {
                        return Optional.of(new FieldProblem("products[" + i + "].modifierGroups[" + g
                                + "].modifierProductIds[" + m + "]", "'" + ids.get(m)
                                + "' is not a MODIFIER product of this catalog"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<FieldProblem> availabilityProblem(List<AvailabilityChange> changes,
                                                             Map<String, CatalogProduct> catalog) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            String field = "changes[" + i + "].posProductId";
            String id = changes.get(i).posProductId();
            Integer earlier = seen.putIfAbsent(id, i);
            if (earlier != null) {
                return Optional.of(new FieldProblem(field, "'" + id + "' is also changes[" + earlier + "]"));
            }
            CatalogProduct product = catalog.get(id);
            if (product == null) {
                return Optional.of(new FieldProblem(field, "no product '" + id + "' in this store's catalog"));
            }
            if (!product.switchable()) {
                return Optional.of(new FieldProblem(field, "'" + id + "' is a " + product.type() + "; only SINGLE and"
                        + " MODIFIER products can be switched on or off (replace the catalog to change it)"));
            }
        }
        return Optional.empty();
    }
}

package dev.dstorekit.pos.catalog.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One product of a store's catalog. The merchant's whole product description travels as {@code details} (the
 * syncProduct Product JSON, sent unchanged in a full sync); the fields the POS reasons about are taken out of it.
 *
 * @param type    SINGLE, MODIFIER, GROUP, COMBO or BUNDLE
 * @param status  AVAILABLE or UNAVAILABLE; this field wins over the status inside {@code details}
 * @param details the Product JSON as the merchant sent it
 */
public record CatalogProduct(String posProductId,
                             String type,
                             String status,
                             @Nullable String name,
                             @Nullable Money price,
                             List<ModifierGroup> modifierGroups,
                             String details) {

    public static final String SINGLE = "SINGLE";
    public static final String MODIFIER = "MODIFIER";

    public CatalogProduct {
        modifierGroups = modifierGroups == null ? List.of() : List.copyOf(modifierGroups);
    }

    /** Only SINGLE and MODIFIER products can be switched on or off by a status-only update (REFERENCE §5.1). */
    public boolean switchable() {
        return SINGLE.equals(type) || MODIFIER.equals(type);
    }

    public CatalogProduct withStatus(String newStatus) {
        return new CatalogProduct(posProductId, type, newStatus, name, price, modifierGroups, details);
    }

    /** A modifier group: the MODIFIER products a buyer picks from with this product. */
    @Serdeable
    public record ModifierGroup(String groupId, @Nullable List<String> modifierProductIds) {

        public ModifierGroup {
            modifierProductIds = modifierProductIds == null ? List.of() : List.copyOf(modifierProductIds);
        }
    }
}

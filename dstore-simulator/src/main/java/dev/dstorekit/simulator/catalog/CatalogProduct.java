package dev.dstorekit.simulator.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A product as the POS last synced it. {@code type} and {@code status} are the spec's enum values. */
@Serdeable
public record CatalogProduct(String posProductId,
                             String type,
                             String status,
                             @Nullable String name,
                             @Nullable Money price,
                             @Nullable String categoryName,
                             List<ModifierGroupRule> modifierGroups) {

    public boolean available() {
        return "AVAILABLE".equals(status);
    }

    public CatalogProduct withStatus(String newStatus) {
        return new CatalogProduct(posProductId, type, newStatus, name, price, categoryName, modifierGroups);
    }
}

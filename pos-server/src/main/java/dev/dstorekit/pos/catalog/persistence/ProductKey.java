package dev.dstorekit.pos.catalog.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** Primary key of {@code products}: a product id is unique within its store. */
@Embeddable
public record ProductKey(@MappedProperty("pos_account_id") String posAccountId,
                         @MappedProperty("pos_store_id") String posStoreId,
                         @MappedProperty("pos_product_id") String posProductId) {
}

package dev.dstorekit.pos.store.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** Primary key of {@code stores}: a store id is unique within its merchant account. */
@Embeddable
public record StoreKey(@MappedProperty("pos_account_id") String posAccountId,
                       @MappedProperty("pos_store_id") String posStoreId) {
}

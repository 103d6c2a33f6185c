package dev.dstorekit.pos.store.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of {@code stores}: a store this POS serves and the state of its catalog sync.
 *
 * @param origin     {@link #CONFIG} (pos.merchants) or {@link #MERCHANT_API} (added with addStore)
 * @param name       the store's name, known for stores added through the merchant API
 * @param autoAccept for stores added through the merchant API; configured stores take it from the configuration
 */
@MappedEntity("stores")
public record StoreEntity(@EmbeddedId StoreKey id,
                          boolean catalogResyncNeeded,
                          @Nullable String catalogResyncReason,
                          @Nullable Instant catalogResyncRequestedAt,
                          @Nullable Instant catalogSyncedAt,
                          Instant createdAt,
                          String origin,
                          @Nullable String name,
                          boolean autoAccept) {

    public static final String CONFIG = "CONFIG";
    public static final String MERCHANT_API = "MERCHANT_API";
}

package dev.dstorekit.pos.store.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code stores}: a store this POS serves and the state of its catalog sync. */
@MappedEntity("stores")
public record StoreEntity(@EmbeddedId StoreKey id,
                          boolean catalogResyncNeeded,
                          @Nullable String catalogResyncReason,
                          @Nullable Instant catalogResyncRequestedAt,
                          @Nullable Instant catalogSyncedAt,
                          Instant createdAt) {
}

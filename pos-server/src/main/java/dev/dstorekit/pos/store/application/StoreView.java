package dev.dstorekit.pos.store.application;

import dev.dstorekit.pos.outbox.domain.OutboxState;
import io.micronaut.core.annotation.Nullable;

/**
 * A store as the merchant sees it.
 *
 * @param addStoreState where its addStore message stands; null for configured stores
 */
public record StoreView(String posStoreId, @Nullable String name, boolean autoAccept,
                        @Nullable OutboxState addStoreState, boolean catalogResyncNeeded) {
}

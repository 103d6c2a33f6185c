package dev.dstorekit.pos.store.application;

import io.micronaut.core.annotation.Nullable;

/**
 * A store as recorded: one this POS serves, and the state of its catalog sync.
 *
 * @param addedByMerchant     whether it was added through the merchant API (else it is configured, pos.merchants)
 * @param name                the store's name, known for stores added through the merchant API
 * @param autoAccept          for stores added through the merchant API; configured stores take it from the
 *                            configuration
 * @param catalogResyncReason why its catalog is marked for a full re-sync, while it is
 */
public record StoreRecord(String posAccountId,
                          String posStoreId,
                          boolean addedByMerchant,
                          @Nullable String name,
                          boolean autoAccept,
                          boolean catalogResyncNeeded,
                          @Nullable String catalogResyncReason) {
}

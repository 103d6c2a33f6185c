package dev.dstorekit.pos.store.application;

import dev.dstorekit.pos.store.MerchantDirectory;
import dev.dstorekit.pos.store.StoreConfig;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The stores this POS serves: the configured ones ({@code pos.merchants}) and those a merchant added through the
 * merchant API. createOrder and the merchant API ask here; a store of another account is simply not found.
 */
@Singleton
public class ServedStores {

    private final MerchantDirectory directory;
    private final StoreRecords stores;

    public ServedStores(MerchantDirectory directory, StoreRecords stores) {
        this.directory = directory;
        this.stores = stores;
    }

    public Optional<StoreConfig> find(String posAccountId, String posStoreId) {
        Optional<StoreConfig> configured = directory.store(posAccountId, posStoreId);
        if (configured.isPresent()) {
            return configured;
        }
        return stores.find(posAccountId, posStoreId)
                .filter(StoreRecord::addedByMerchant)
                .map(row -> new StoreConfig(posAccountId, posStoreId, row.autoAccept()));
    }
}

package dev.dstorekit.pos.store.persistence;

import dev.dstorekit.pos.store.application.StoreRecord;
import dev.dstorekit.pos.store.application.StoreRecords;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link StoreRecords} on the {@code stores} table; the same SQL runs on PostgreSQL and on H2 in PostgreSQL mode. */
@Singleton
public class JdbcStoreRecords implements StoreRecords {

    private final StoreRepository stores;
    private final Clock clock;

    public JdbcStoreRecords(StoreRepository stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public boolean registerIfAbsent(String posAccountId, String posStoreId) {
        return stores.registerIfAbsent(posAccountId, posStoreId, clock.instant()) == 1;
    }

    @Override
    public boolean addFromMerchantApi(String posAccountId, String posStoreId, @Nullable String name) {
        return stores.addFromMerchantApi(posAccountId, posStoreId, name, clock.instant()) == 1;
    }

    @Override
    public Optional<StoreRecord> find(String posAccountId, String posStoreId) {
        return stores.findById(new StoreKey(posAccountId, posStoreId)).map(JdbcStoreRecords::record);
    }

    @Override
    public Optional<StoreRecord> findByStoreId(String posStoreId) {
        return stores.findByStoreId(posStoreId).map(JdbcStoreRecords::record);
    }

    @Override
    public List<StoreRecord> findByAccount(String posAccountId) {
        return stores.findByAccount(posAccountId).stream().map(JdbcStoreRecords::record).toList();
    }

    @Override
    public Optional<StoreRecord> lock(String posAccountId, String posStoreId) {
        return stores.lock(posAccountId, posStoreId).map(JdbcStoreRecords::record);
    }

    @Override
    public void markCatalogResync(String posAccountId, String posStoreId, String reason) {
        stores.requestCatalogResync(posAccountId, posStoreId, reason, clock.instant());
    }

    @Override
    public void clearCatalogResync(String posAccountId, String posStoreId) {
        stores.clearCatalogResync(posAccountId, posStoreId);
    }

    @Override
    public List<StoreRecord> lockDueForResync(int limit) {
        return stores.lockDueForResync(limit).stream().map(JdbcStoreRecords::record).toList();
    }

    private static StoreRecord record(StoreEntity row) {
        return new StoreRecord(row.id().posAccountId(), row.id().posStoreId(),
                StoreEntity.MERCHANT_API.equals(row.origin()), row.name(), row.autoAccept(), row.catalogResyncNeeded(),
                row.catalogResyncReason());
    }
}

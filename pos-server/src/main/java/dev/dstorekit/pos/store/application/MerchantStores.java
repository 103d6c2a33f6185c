package dev.dstorekit.pos.store.application;

import dev.dstorekit.pos.merchant.MerchantRefusal;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.outbox.application.OutboxQueries;
import dev.dstorekit.pos.outbox.domain.OutboxState;
import dev.dstorekit.pos.store.MerchantDirectory;
import dev.dstorekit.pos.store.StoreConfig;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's stores: the configured ones and those added through the merchant API. Adding a store registers it
 * for this account (so createOrder accepts it at once, without auto-accept) and queues a pds addStore carrying the
 * store in the same transaction. A store id is taken (409) when the account already has it or another account holds
 * it: the database's unique key on the store id decides, so two accounts adding one id at once cannot both win.
 */
@Singleton
public class MerchantStores {

    private static final Logger LOG = LoggerFactory.getLogger(MerchantStores.class);

    private final MerchantDirectory directory;
    private final StoreRecords stores;
    private final StoreAnnouncements announcements;
    private final OutboxQueries outboxQueries;
    private final PosMetrics metrics;

    public MerchantStores(MerchantDirectory directory, StoreRecords stores, StoreAnnouncements announcements,
                          OutboxQueries outboxQueries, PosMetrics metrics) {
        this.directory = directory;
        this.stores = stores;
        this.announcements = announcements;
        this.outboxQueries = outboxQueries;
        this.metrics = metrics;
    }

    public List<StoreView> list(String posAccountId) {
        Map<String, StoreRecord> rows = new LinkedHashMap<>();
        stores.findByAccount(posAccountId).forEach(row -> rows.put(row.posStoreId(), row));
        List<StoreView> views = new ArrayList<>();
        for (StoreConfig configured : directory.allStores()) {
            if (configured.posAccountId().equals(posAccountId)) {
                StoreRecord row = rows.get(configured.posStoreId());
                views.add(new StoreView(configured.posStoreId(), row == null ? null : row.name(),
                        configured.autoAccept(), null, row != null && row.catalogResyncNeeded()));
            }
        }
        for (StoreRecord row : rows.values()) {
            if (row.addedByMerchant() && directory.store(posAccountId, row.posStoreId()).isEmpty()) {
                views.add(view(row));
            }
        }
        return views;
    }

    /**
     * @param pdsStoreJson the PdsStore as the merchant sent it, carried to D-Store unchanged
     */
    @Transactional
    public StoreView add(String posAccountId, String posStoreId, @Nullable String name, String pdsStoreJson) {
        if (directory.store(posAccountId, posStoreId).isPresent()
                || !stores.addFromMerchantApi(posAccountId, posStoreId, name)) {
            throw taken(posAccountId, posStoreId);
        }
        String requestId = announcements.queueAddStore(posAccountId, posStoreId, pdsStoreJson);
        metrics.merchantChange("store_added");
        LOG.info("Store {}/{} added; addStore {} queued", posAccountId, posStoreId, requestId);
        return view(stores.find(posAccountId, posStoreId).orElseThrow());
    }

    /** The other account is not named: which merchants this POS serves is none of a merchant's business. */
    private MerchantRefusal taken(String posAccountId, String posStoreId) {
        if (directory.store(posAccountId, posStoreId).isPresent()
                || stores.find(posAccountId, posStoreId).isPresent()) {
            return MerchantRefusal.conflict("store " + posStoreId + " already exists in this account");
        }
        return MerchantRefusal.conflict("store id " + posStoreId + " belongs to another merchant account; a store id"
                + " belongs to one account only");
    }

    private StoreView view(StoreRecord row) {
        OutboxState state = outboxQueries.addStoreState(row.posAccountId(), row.posStoreId()).orElse(null);
        return new StoreView(row.posStoreId(), row.name(), row.autoAccept(), state, row.catalogResyncNeeded());
    }
}

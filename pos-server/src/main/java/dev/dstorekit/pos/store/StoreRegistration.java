package dev.dstorekit.pos.store;

import dev.dstorekit.pos.config.ConfigKey;
import dev.dstorekit.pos.store.application.StoreRecord;
import dev.dstorekit.pos.store.application.StoreRecords;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Makes sure every configured store has its row in {@code stores} (where its catalog sync state lives). Idempotent
 * and cheap: one insert-if-absent per store. A configured store whose id another account holds in the database
 * (added through the merchant API, or configured for it before) stops start-up naming the key: served for both,
 * D-Store's orders for it could reach the wrong merchant.
 */
@Singleton
public class StoreRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRegistration.class);

    private final MerchantDirectory directory;
    private final StoreRecords stores;

    public StoreRegistration(MerchantDirectory directory, StoreRecords stores) {
        this.directory = directory;
        this.stores = stores;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int added = 0;
        List<MerchantConfig> merchants = directory.merchants();
        for (int m = 0; m < merchants.size(); m++) {
            List<StoreConfig> configured = merchants.get(m).stores();
            for (int s = 0; s < configured.size(); s++) {
                added += register(configured.get(s), "pos.merchants[" + m + "].stores[" + s + "].pos-store-id");
            }
        }
        LOG.info("Serving {} merchant(s) with {} configured store(s) ({} newly registered)",
                directory.merchants().size(), directory.allStores().size(), added);
    }

    private int register(StoreConfig store, String key) {
        if (stores.registerIfAbsent(store.posAccountId(), store.posStoreId())) {
            return 1;
        }
        String holder = stores.findByStoreId(store.posStoreId()).map(StoreRecord::posAccountId)
                .orElse(store.posAccountId());
        if (!holder.equals(store.posAccountId())) {
            throw new ConfigKey(key).invalid("store id '" + store.posStoreId() + "' belongs to account '" + holder
                    + "' in the database; a store id belongs to one merchant account only (configure it for '" + holder
                    + "', or give this store another id)");
        }
        return 0;
    }
}

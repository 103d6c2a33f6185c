package dev.dstorekit.pos.store;

import dev.dstorekit.pos.store.persistence.StoreRepository;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Makes sure every configured store has its row in {@code stores} (where its catalog sync state lives). Idempotent
 * and cheap: one insert-if-absent per store.
 */
@Singleton
public class StoreRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRegistration.class);

    private final MerchantDirectory directory;
    private final StoreRepository stores;
    private final Clock clock;

    public StoreRegistration(MerchantDirectory directory, StoreRepository stores, Clock clock) {
        this.directory = directory;
        this.stores = stores;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int added = 0;
        for (StoreConfig store : directory.allStores()) {
            added += stores.registerIfAbsent(store.posAccountId(), store.posStoreId(), clock.instant());
        }
        LOG.info("Serving {} merchant(s) with {} configured store(s) ({} newly registered)",
                directory.merchants().size(), directory.allStores().size(), added);
    }
}

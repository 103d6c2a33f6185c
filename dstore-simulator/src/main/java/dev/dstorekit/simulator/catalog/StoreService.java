package dev.dstorekit.simulator.catalog;

import dev.dstorekit.api.pos.model.DetailedStoreInfo;
import dev.dstorekit.api.pos.model.SyncStoreRequest;
import dev.dstorekit.simulator.result.Reply;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * syncStore: creates a store, or opens or closes an existing one. Fields left out keep their value; a store
 * closed with {@code closingEndTimes} is open again once that time has passed. Orders are only generated for open
 * stores.
 */
@Singleton
public class StoreService {

    private final StoreRepository stores;
    private final Clock clock = Clock.systemUTC();

    public StoreService(StoreRepository stores) {
        this.stores = stores;
    }

    public Reply sync(SyncStoreRequest request) {
        DetailedStoreInfo info = request.getStore();
        StoreKey key = new StoreKey(request.getPosAccountId(), info.getPosStoreId());
        stores.upsert(key, current -> {
            String name = info.getName() != null ? info.getName() : current == null ? null : current.name();
            String status = info.getStatus() != null ? info.getStatus().getValue() : current == null ? null : current.status();
            OffsetDateTime closingEnd = info.getClosingEndTimes() != null ? info.getClosingEndTimes().getDefaultClosingEndTime()
                    : "OPEN".equals(status) ? null : current == null ? null : current.closingEndTime();
            String zone = info.getTimeZone() != null ? info.getTimeZone() : current == null ? null : current.timeZone();
            return new StoreRecord(key, name, status, closingEnd, zone, clock.instant());
        });
        return Reply.success();
    }

    /** Whether createOrder may be sent to the store now (unknown to syncStore counts as open). */
    public boolean open(StoreKey key) {
        return stores.find(key).map(record -> !record.closed()
                || (record.closingEndTime() != null && record.closingEndTime().toInstant().isBefore(clock.instant())))
                .orElse(true);
    }
}

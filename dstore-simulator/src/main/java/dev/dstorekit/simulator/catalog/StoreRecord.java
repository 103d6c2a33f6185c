package dev.dstorekit.simulator.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.OffsetDateTime;

/** What syncStore told D-Store about a store: its name, whether it is open, and until when it is closed. */
@Serdeable
public record StoreRecord(StoreKey store,
                          @Nullable String name,
                          @Nullable String status,
                          @Nullable OffsetDateTime closingEndTime,
                          @Nullable String timeZone,
                          Instant updatedAt) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}

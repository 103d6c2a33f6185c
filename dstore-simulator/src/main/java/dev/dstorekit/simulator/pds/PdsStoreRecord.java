package dev.dstorekit.simulator.pds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A store added with addStore: what the simulator keeps of it. */
@Serdeable
public record PdsStoreRecord(String storeId,
                             @Nullable String name,
                             @Nullable String storeType,
                             @Nullable String areaId,
                             List<String> menuTypes,
                             List<String> scenes,
                             String requestId,
                             Instant addedAt) {
}

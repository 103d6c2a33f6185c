package dev.dstorekit.simulator.pds;

import dev.dstorekit.api.pds.model.PdsStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A store added with addStore: what the simulator keeps of it, the whole store as added among it (the storefront
 * shows its description, rules and menus). {@code store} is null in a record kept by a simulator from before it
 * was kept, which the storefront then shows without a description.
 */
@Serdeable
public record PdsStoreRecord(String storeId,
                             @Nullable String name,
                             @Nullable String storeType,
                             @Nullable String areaId,
                             List<String> menuTypes,
                             List<String> scenes,
                             String requestId,
                             Instant addedAt,
                             @Nullable PdsStore store) {
}

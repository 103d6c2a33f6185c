package dev.dstorekit.simulator.pds;

import dev.dstorekit.api.pds.model.PdsStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A store added with addStore: what the simulator keeps of it, the whole store as added among it (the storefront
 * shows its description, rules and menus).
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
                             PdsStore store) {
}

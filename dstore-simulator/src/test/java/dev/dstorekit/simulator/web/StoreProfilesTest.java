package dev.dstorekit.simulator.web;

import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.api.pds.model.StoreInfo;
import dev.dstorekit.simulator.pds.InMemoryPdsStoreRepository;
import dev.dstorekit.simulator.pds.PdsStoreRecord;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The storefront's store descriptions come from the pds store records, which keep each store as added. */
class StoreProfilesTest {

    private final JsonMapper json = JsonMapper.createDefault();
    private final InMemoryPdsStoreRepository stores = new InMemoryPdsStoreRepository();
    private final StoreProfiles profiles = new StoreProfiles(stores, json);

    @Test
    void storesAreDescribedAsAddedNewestFirst() {
        stores.addIfAbsent(record("STALL-OLD", "Old stall", Instant.parse("2026-12-06T08:00:00Z")));
        stores.addIfAbsent(record("STALL-NEW", "New stall", Instant.parse("2026-12-06T09:00:00Z")));

        assertEquals(List.of("STALL-NEW", "STALL-OLD"), List.copyOf(profiles.all().keySet()));
        assertEquals("Old stall", profiles.find("STALL-OLD").orElseThrow().path("storeInfo").path("name").asText());
        assertTrue(profiles.find("STALL-NONE").isEmpty());
    }

    @Test
    void aRecordKeptBeforeStoresWereKeptLoadsAndHasNoDescription() throws IOException {
        String kept = """
                {"storeId":"STALL-1","name":"Stall","menuTypes":[],"scenes":[],"requestId":"r-1","addedAt":"2026-12-06T08:00:00Z"}""";
        PdsStoreRecord record = json.readValue(kept.getBytes(StandardCharsets.UTF_8), Argument.of(PdsStoreRecord.class));
        assertNull(record.store());
        stores.addIfAbsent(record);

        assertTrue(profiles.find("STALL-1").isEmpty());
        assertTrue(profiles.all().isEmpty());
    }

    private static PdsStoreRecord record(String storeId, String name, Instant addedAt) {
        StoreInfo info = new StoreInfo(storeId);
        info.setName(name);
        PdsStore store = new PdsStore(info);
        return new PdsStoreRecord(storeId, name, null, null, List.of(), List.of(), "r-" + storeId, addedAt, store);
    }
}

package dev.dstorekit.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreRepository;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's clean slate forgets everything the simulator keeps. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxCleanSlateTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    CleanSlate cleanSlate;
    @Inject
    StoreRepository stores;
    @Inject
    CatalogRepository catalogs;
    @Inject
    PdsStoreRepository pdsStores;
    @Inject
    OrderRepository orders;
    @Inject
    ViolationLog violations;
    @Inject
    MessageJournal journal;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.pds-areas", "MAXWELL-FOOD-CENTRE");
        return properties;
    }

    @Test
    void wipeForgetsStoresCatalogsOrdersAnswersViolationsAndTheJournal() {
        SignedHttp pos = SignedHttp.asPos(server.getURI());
        ObjectNode sync = SpecExamples.syncProductFullSync();
        sync.put("requestId", UUID.randomUUID().toString());
        String syncBody = SpecExamples.text(sync);
        assertEquals("S", pos.post("/v2/pos/syncProduct", syncBody).resultStatus());
        ObjectNode store = SpecExamples.request("dstore-pos-api.yaml", "/v2/pos/syncStore", "open");
        store.put("requestId", UUID.randomUUID().toString());
        assertEquals("S", pos.post("/v2/pos/syncStore", SpecExamples.text(store)).resultStatus());
        ObjectNode addStore = SpecExamples.addStoreHawkerStall();
        addStore.put("requestId", UUID.randomUUID().toString());
        assertEquals("S", pos.post("/v2/pds/store/addStore", SpecExamples.text(addStore)).resultStatus());
        orders.add(new SimOrder(Orders.pickup(), "test-run", "test"));
        pos.post("/v2/pos/notifyOrderChange", "not json");
        assertFalse(stores.all().isEmpty() || catalogs.all().isEmpty() || pdsStores.all().isEmpty() || orders.all().isEmpty()
                || violations.all().isEmpty() || journal.find(JournalQuery.newest(10)).isEmpty(), "the sandbox has state");

        cleanSlate.wipe();

        assertTrue(stores.all().isEmpty());
        assertTrue(catalogs.all().isEmpty());
        assertTrue(pdsStores.all().isEmpty());
        assertTrue(orders.all().isEmpty());
        assertTrue(violations.all().isEmpty());
        assertTrue(journal.find(JournalQuery.newest(10)).isEmpty());
        assertEquals("S", pos.post("/v2/pos/syncProduct", syncBody).resultStatus());
        assertEquals(1, catalogs.all().size(), "the same requestId is processed again: its answer was forgotten too");
        assertEquals(null, journal.find(JournalQuery.newest(1)).get(0).replayOf());
    }
}

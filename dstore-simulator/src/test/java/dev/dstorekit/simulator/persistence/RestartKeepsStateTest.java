package dev.dstorekit.simulator.persistence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.catalog.StoreRepository;
import dev.dstorekit.simulator.journal.Direction;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A simulator restarted on the same data directory finds everything it kept: the sandbox that keeps its state. */
class RestartKeepsStateTest {

    static final StoreKey STORE = new StoreKey("MER-AHSENG-0001", "STORE-MAXWELL-0123");

    @TempDir
    Path dataDir;

    @Test
    void restartedSimulatorFindsItsStoresCatalogOrderAnswersViolationsAndJournal() {
        String requestOrderId;
        String notifyBody;
        String firstAnswer;
        long notifyEntry;
        int products;
        try (EmbeddedServer server = start()) {
            SignedHttp pos = SignedHttp.asPos(server.getURI());
            ObjectNode store = SpecExamples.request("dstore-pos-api.yaml", "/v2/pos/syncStore", "open");
            store.put("requestId", UUID.randomUUID().toString());
            assertEquals("S", pos.post("/v2/pos/syncStore", SpecExamples.text(store)).resultStatus());
            ObjectNode sync = SpecExamples.syncProductFullSync();
            sync.put("requestId", UUID.randomUUID().toString());
            assertEquals("S", pos.post("/v2/pos/syncProduct", SpecExamples.text(sync)).resultStatus());
            products = server.getApplicationContext().getBean(CatalogRepository.class).find(STORE).orElseThrow().products().size();
            ObjectNode addStore = SpecExamples.addStoreHawkerStall();
            addStore.put("requestId", UUID.randomUUID().toString());
            assertEquals("S", pos.post("/v2/pds/store/addStore", SpecExamples.text(addStore)).resultStatus());
            SimOrder order = new SimOrder(Orders.pickup(), "run-1", "test");
            server.getApplicationContext().getBean(OrderRepository.class).add(order);
            order.created("POS-1", true);
            order.log("OUT", "createOrder", "S SUCCESS posOrderId=POS-1");
            requestOrderId = order.requestOrderId();
            notifyBody = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + requestOrderId
                    + "\",\"refundAmount\":{\"value\":100,\"currency\":\"SGD\"}}";
            firstAnswer = pos.post("/v2/pos/notifyOrderChange", notifyBody).body();
            assertEquals("PARAM_ILLEGAL", pos.post("/v2/pos/notifyOrderChange", "not json").resultCode());
            notifyEntry = journal(server).find(JournalQuery.ofOrder(requestOrderId)).get(0).id();
        }

        try (EmbeddedServer restarted = start()) {
            ApplicationContext context = restarted.getApplicationContext();
            assertTrue(context.getBean(StoreRepository.class).find(STORE).isPresent(), "the store");
            assertEquals(products, context.getBean(CatalogRepository.class).find(STORE).orElseThrow().products().size(), "its catalog");
            assertEquals(1, context.getBean(PdsStoreRepository.class).all().size(), "the pds store");
            SimOrder order = context.getBean(OrderRepository.class).find(requestOrderId).orElseThrow();
            assertEquals(OrderStatus.ACCEPTED, order.status());
            assertEquals("POS-1", order.posOrderId());
            assertEquals(100, order.merchantRefunded(), "the refund notified");
            assertEquals(1, order.notifications());
            assertTrue(order.timeline().stream().anyMatch(entry -> entry.summary().contains("posOrderId=POS-1")), order.timeline().toString());
            assertEquals(List.of(ViolationKind.SCHEMA_VIOLATION),
                    context.getBean(ViolationLog.class).all().stream().map(Violation::kind).toList());
            assertEquals(5, journal(restarted).find(JournalQuery.newest(100)).size(), "every message of the first run");

            SignedHttp.Answer replay = SignedHttp.asPos(restarted.getURI()).post("/v2/pos/notifyOrderChange", notifyBody);

            assertEquals(firstAnswer, replay.body(), "the answer kept across the restart");
            assertEquals(100, order.merchantRefunded(), "not processed again");
            JournalEntry replayed = journal(restarted).find(JournalQuery.ofOrder(requestOrderId)).get(0);
            assertEquals(Direction.FROM_POS, replayed.direction());
            assertEquals(notifyEntry, replayed.replayOf(), "a replay of the message before the restart");
            assertTrue(replayed.id() > notifyEntry, "ids continue after the restart");
        }
        assertTrue(Files.exists(dataDir.resolve(SandboxDatabase.FILE_NAME + ".mv.db")), "the database lives in the data directory");
    }

    @Test
    void secondSimulatorOnTheSameDataDirectoryIsRefusedNamingTheSetting() {
        try (EmbeddedServer first = start()) {
            RuntimeException refused = assertThrows(RuntimeException.class, this::start);
            String message = rootMessage(refused);
            assertTrue(message.contains("simulator.data-dir") && message.contains("in use by a running simulator"), message);
        }
    }

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.data-dir", dataDir.toString());
        properties.put("simulator.pds-areas", "MAXWELL-FOOD-CENTRE");
        properties.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        try {
            server.getApplicationContext().getBean(SandboxDatabase.class);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static MessageJournal journal(EmbeddedServer server) {
        return server.getApplicationContext().getBean(MessageJournal.class);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

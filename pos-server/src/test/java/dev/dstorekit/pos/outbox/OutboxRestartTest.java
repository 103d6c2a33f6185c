package dev.dstorekit.pos.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.fakedstore.FakeDStore;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.Orders;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost when the POS server or D-Store goes away: messages a stopped server left pending, and a message
 * whose sender died mid-flight, are delivered by the next server; D-Store coming back after an outage gets every
 * message in order. On PostgreSQL, one database per test.
 */
class OutboxRestartTest {

    Postgres.Database database;
    final List<AutoCloseable> running = new ArrayList<>();

    @BeforeEach
    void database() {
        database = Postgres.createDatabase("restart");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : reversed(running)) {
            closeable.close();
        }
        running.clear();
        Postgres.drop(database);
    }

    @Test
    void messagesAStoppedServerLeftPendingAreDeliveredInOrderByTheNextServer() {
        FakeDStore dstore = keep(FakeDStore.start());
        PosServer first = keep(PosServer.onPostgres(database, props(dstore, Map.of("pos.outbox.enabled", "false"))));
        Orders.Placed order = Orders.manualPickup(first);
        first.merchant().status(order.posOrderId(), "ACCEPTED");
        first.merchant().status(order.posOrderId(), "PREPARING");
        first.close();
        running.remove(first);
        assertEquals(0, dstore.journal().about(order.requestOrderId()).size(), "nothing was sent yet");

        keep(PosServer.onPostgres(database, props(dstore, Map.of())));

        List<Received> calls = Eventually.await("both messages", () -> dstore.journal().about(order.requestOrderId()),
                c -> c.size() == 2);
        assertEquals(List.of("ACCEPTED", "PREPARING"), Calls.statuses(calls));
        calls.forEach(Calls::assertSignedByPos);
        Eventually.await("both delivered", () -> pending(), n -> n == 0);
    }

    @Test
    void aMessageWhoseSenderDiedMidFlightIsDeliveredOnceItsLeaseRunsOut() {
        FakeDStore dstore = keep(FakeDStore.start());
        PosServer first = keep(PosServer.onPostgres(database, props(dstore, Map.of("pos.outbox.enabled", "false"))));
        Orders.Placed order = Orders.manualPickup(first);
        first.merchant().status(order.posOrderId(), "ACCEPTED");
        Instant leaseEnd = Instant.now().plusMillis(1500);
        first.db().update("UPDATE outbox_messages SET locked_by = 'a-sender-that-died', locked_until = ?,"
                + " attempts = 1", Timestamp.from(leaseEnd));

        PosServer next = keep(PosServer.onPostgres(database, props(dstore, Map.of())));

        Received call = Eventually.await("the message to be sent again", () -> dstore.journal()
                .about(order.requestOrderId()), c -> !c.isEmpty()).get(0);
        assertTrue(!call.at().isBefore(leaseEnd), "not before the lease ran out: " + call.at() + " < " + leaseEnd);
        JsonNode detail = Eventually.await("delivered", () -> next.merchant().get("/merchant/v1/orders/"
                + order.posOrderId()).expect(200).json(), d -> "DELIVERED".equals(d.path("outbound").path(0)
                .path("state").asText()));
        assertEquals(2, detail.path("outbound").get(0).path("attempts").asInt());
    }

    @Test
    void whenDStoreComesBackEveryMessageArrivesInOrder() throws Exception {
        int port = freePort();
        FakeDStore down = FakeDStore.start(port);
        Map<String, Object> extra = new LinkedHashMap<>(down.posProperties());
        down.close();
        extra.put("pos.outbox.max-attempts", 50);
        PosServer server = keep(PosServer.onPostgres(database, extra));
        Orders.Placed order = Orders.manualPickup(server);
        for (String status : List.of("ACCEPTED", "PREPARING", "READY")) {
            server.merchant().status(order.posOrderId(), status);
        }
        Eventually.await("connection errors", () -> Metrics.count(server, "pos.outbox.attempts", "code",
                "CONNECTION_ERROR"), n -> n >= 2);

        FakeDStore dstore = keep(FakeDStore.start(port));

        List<Received> calls = Eventually.await("all three messages", () -> dstore.journal()
                .about(order.requestOrderId()), c -> c.size() == 3);
        assertEquals(List.of("ACCEPTED", "PREPARING", "READY"), Calls.statuses(calls));
        Eventually.await("all delivered", () -> pending(), n -> n == 0);
    }

    private long pending() {
        return new dev.dstorekit.pos.support.Db(database.url(), Postgres.USER, Postgres.PASSWORD)
                .count("SELECT count(*) FROM outbox_messages WHERE state = 'PENDING'");
    }

    private static Map<String, Object> props(FakeDStore dstore, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(dstore.posProperties());
        properties.put("pos.outbox.lease", "2s");
        properties.putAll(extra);
        return properties;
    }

    private static List<AutoCloseable> reversed(List<AutoCloseable> list) {
        List<AutoCloseable> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        running.add(closeable);
        return closeable;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

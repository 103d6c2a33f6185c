package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.HeldLock;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.pos.support.Postgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server whose every permit is taken: the calls it cannot take are answered at once (U on the D-Store API, 503
 * with Retry-After on the merchant API), never with a 5xx or late, and every order answered S is stored; D-Store's
 * retries later store the rest once. A call that outlives the answer deadline is answered U and may still store its
 * order, which the retry then replays. The database is "slowed" by a lock the test holds on the store's row; the
 * time-outs are set long so that the lock, not a time-out, decides how long the call in progress takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaturationTest {

    static final Duration BUDGET = Duration.ofSeconds(8);

    Postgres.Database database;
    /** One permit and one queue place for each API. */
    PosServer tiny;
    /** A 2-second answer deadline. */
    PosServer impatient;

    @BeforeAll
    void start() {
        database = Postgres.createDatabase("saturation");
        Map<String, Object> slowLocks = Map.of(
                "pos.overload.database.lock-timeout", "6s",
                "pos.overload.database.statement-timeout", "6500ms",
                "pos.overload.answer-deadline", "7s");
        Map<String, Object> tinyLimits = new HashMap<>(slowLocks);
        tinyLimits.putAll(Map.of(
                "pos.overload.dstore.permits", 1, "pos.overload.dstore.queue", 1, "pos.overload.dstore.max-wait", "300ms",
                "pos.overload.merchant.permits", 1, "pos.overload.merchant.queue", 0));
        tiny = PosServer.onPostgres(database, tinyLimits);
        Map<String, Object> shortDeadline = new HashMap<>(slowLocks);
        shortDeadline.put("pos.overload.answer-deadline", "2s");
        impatient = PosServer.onPostgres(database, shortDeadline);
    }

    @AfterAll
    void stop() {
        for (PosServer server : new PosServer[]{tiny, impatient}) {
            if (server != null) {
                server.close();
            }
        }
        Postgres.drop(database);
    }

    @Test
    void callsBeyondThePermitsAreAnsweredUnknownAtOnceAndEveryOrderAnsweredSuccessIsStored() throws Exception {
        DStore dstore = tiny.dstore();
        String slowId = OrderJson.newRequestOrderId();
        List<String> ids = new ArrayList<>();
        List<CompletableFuture<Answer>> shed = new ArrayList<>();
        CompletableFuture<Answer> slow;
        try (HeldLock lock = HeldLock.storeRow(tiny.db(), PosServer.ACCOUNT, PosServer.AUTO_STORE)) {
            slow = CompletableFuture.supplyAsync(() -> dstore.createOrder(OrderJson.pickup(slowId).json()));
            Eventually.await("the slow createOrder holding the only permit", () -> gauge(tiny, "pos.requests.in.flight", "dstore"),
                    inFlight -> inFlight == 1.0);
            for (int i = 0; i < 4; i++) {
                String id = OrderJson.newRequestOrderId();
                ids.add(id);
                shed.add(CompletableFuture.supplyAsync(() -> LockedStoreCases.timed(() -> dstore.createOrder(OrderJson.pickup(id).json()))));
            }
            shed.add(CompletableFuture.supplyAsync(() -> LockedStoreCases.timed(() -> dstore.inquire(slowId))));
            for (CompletableFuture<Answer> answer : shed) {
                answer.get(30, TimeUnit.SECONDS).assertResult("U", "UNKNOWN_EXCEPTION");
            }
        }

        slow.get(30, TimeUnit.SECONDS).assertResult("S", "SUCCESS");
        assertEquals(4, shed(tiny, "createOrder", "saturated"));
        assertEquals(1, shed(tiny, "inquireOrderDetail", "saturated"));
        for (String id : ids) {
            assertEquals(0, tiny.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id), "a shed call stores nothing");
            dstore.createOrder(OrderJson.pickup(id).json()).assertResult("S", "SUCCESS");
        }
        ids.add(slowId);
        for (String id : ids) {
            assertEquals(1, tiny.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
            dstore.inquire(id).assertResult("S", "SUCCESS");
        }
        assertEquals(0.0, gauge(tiny, "pos.requests.in.flight", "dstore"), "every permit came back");
    }

    @Test
    void aCallStillRunningAtTheDeadlineIsAnsweredUnknownAndItsRetryGetsTheOrderItStoredAfterwards() {
        DStore dstore = impatient.dstore();
        String id = OrderJson.newRequestOrderId();
        String body = OrderJson.pickup(id).json();
        Answer late;
        try (HeldLock lock = HeldLock.storeRow(impatient.db(), PosServer.ACCOUNT, PosServer.AUTO_STORE)) {
            late = LockedStoreCases.timed(() -> dstore.createOrder(body));
            late.assertResult("U", "UNKNOWN_EXCEPTION");
            assertEquals(1, shed(impatient, "createOrder", "deadline"));
            assertEquals(0, impatient.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
        }

        // the call answered U goes on once the lock is gone and stores the order
        Eventually.await("the order stored by the call answered U", () ->
                impatient.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id), n -> n == 1);
        Answer retry = dstore.createOrder(body).assertResult("S", "SUCCESS");
        assertEquals(impatient.db().rows("SELECT pos_order_id FROM orders WHERE request_order_id = ?", id).get(0).get("pos_order_id"),
                retry.field("posOrderId"));
        assertEquals(1, impatient.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id));
    }

    @Test
    void aMerchantCallBeyondItsPermitsIsAnswered503WithRetryAfterAtOnce() throws Exception {
        Merchant merchant = tiny.merchant();
        CompletableFuture<Merchant.Reply> replace;
        Merchant.Reply refused;
        try (HeldLock lock = HeldLock.storeRow(tiny.db(), PosServer.ACCOUNT, PosServer.MANUAL_STORE)) {
            replace = CompletableFuture.supplyAsync(() -> merchant.put(
                    "/merchant/v1/stores/" + PosServer.MANUAL_STORE + "/catalog", LockedStoreCases.CATALOG));
            Eventually.await("the catalog replace holding the merchant API's only permit",
                    () -> gauge(tiny, "pos.requests.in.flight", "merchant"), inFlight -> inFlight == 1.0);
            refused = merchant.get("/merchant/v1/orders");
        }

        assertEquals("Service Unavailable", refused.problem(503).path("title").asText());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals(1, Metrics.count(tiny, "pos.requests.shed", "api", "merchant", "operation", "listOrders",
                "reason", "saturated"));
        replace.get(30, TimeUnit.SECONDS).expect(200);
        merchant.get("/merchant/v1/orders").expect(200);
        assertTrue(gauge(tiny, "pos.requests.in.flight", "merchant") == 0.0, "the permit came back");
    }

    static double shed(PosServer server, String operation, String reason) {
        return Metrics.count(server, "pos.requests.shed", "api", "dstore", "operation", operation, "reason", reason);
    }

    static double gauge(PosServer server, String name, String api) {
        return server.context().getBean(MeterRegistry.class).get(name).tag("api", api).gauge().value();
    }
}

package dev.dstorekit.pos.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.fakedstore.Reply;
import dev.dstorekit.pos.support.MerchantSideTest;
import dev.dstorekit.pos.support.Calls;
import dev.dstorekit.pos.support.Eventually;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivery of merchant changes to a fake D-Store through the outbox, on PostgreSQL: order, retries, failures. */
class OutboxDeliveryTest extends MerchantSideTest {

    @Override
    protected String databaseName() {
        return "outbox";
    }

    @Test
    void withDStoreAnsweringUnknownFirstTheWholeJourneyArrivesInOrderSignedAndAcceptedTwiceUnderOneRequestId() {
        Orders.Placed order = Orders.manualPickup(server);
        dstore.script().then(order.requestOrderId(), Reply.unknown());

        for (String status : List.of("ACCEPTED", "PREPARING", "READY", "COMPLETED")) {
            merchant.status(order.posOrderId(), status);
        }

        JsonNode detail = awaitAllDelivered(order.posOrderId(), 4);
        List<Received> calls = dstore.journal().about(order.requestOrderId());
        assertEquals(List.of("ACCEPTED", "ACCEPTED", "PREPARING", "READY", "COMPLETED"), Calls.statuses(calls));
        assertEquals("U", calls.get(0).reply().status());
        assertEquals(calls.get(0).requestId(), calls.get(1).requestId(), "a retry keeps the requestId");
        assertArrayEquals(calls.get(0).body(), calls.get(1).body(), "a retry sends the same body");
        assertEquals(4, calls.stream().map(Received::requestId).distinct().count());
        for (Received call : calls) {
            Calls.assertSignedByPos(call);
            Calls.assertKeys(call.json(), "requestId", "requestOrderId", "orderStatus");
            assertEquals(order.requestOrderId(), call.json().path("requestOrderId").asText());
        }
        List<Integer> attempts = new ArrayList<>();
        detail.path("outbound").forEach(m -> attempts.add(m.path("attempts").asInt()));
        assertEquals(List.of(2, 1, 1, 1), attempts);
        assertEquals("SUCCESS", detail.path("outbound").get(0).path("lastResultCode").asText());
        assertEquals(List.of(), dstore.journal().overlaps(order.requestOrderId()));
    }

    @Test
    void aFinalFailureIsNotRetriedAndFlagsTheOrder() {
        Orders.Placed order = Orders.manualPickup(server);
        dstore.script().then(order.requestOrderId(), Reply.failure("ORDER_STATUS_INVALID"));

        merchant.status(order.posOrderId(), "ACCEPTED");

        JsonNode detail = Eventually.await("the message to fail", () -> detail(order.posOrderId()),
                d -> "FAILED".equals(d.path("outbound").path(0).path("state").asText()));
        Eventually.pause(Duration.ofMillis(600));
        assertEquals(1, dstore.journal().about(order.requestOrderId()).size(), "F is final: no second attempt");
        assertEquals("ORDER_STATUS_INVALID", detail.path("outbound").get(0).path("lastResultCode").asText());
        assertTrue(detail(order.posOrderId()).path("flags").toString().contains("OUTBOUND_FAILED"));
        assertNotEquals(0, server.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.pos_order_id = ? AND e.event_type = 'OUTBOUND_FAILED' AND e.source = 'POS'",
                order.posOrderId()));
    }

    /** Trouble that must cost an attempt, never the message: the retry carries the same requestId and body. */
    enum Trouble {
        UNKNOWN(Reply.unknown(), "UNKNOWN_EXCEPTION"),
        TRAFFIC_LIMIT(Reply.trafficLimit(), "REQUEST_TRAFFIC_EXCEED_LIMIT"),
        TIME_OUT(Reply.slowSuccess(Duration.ofMillis(1500)), "TIMEOUT"),
        UNSIGNED_ANSWER(Reply.unsignedSuccess(), "INVALID_ANSWER_SIGNATURE"),
        TAMPERED_ANSWER(Reply.tamperedSuccess(), "INVALID_ANSWER_SIGNATURE");

        final Reply reply;
        final String code;

        Trouble(Reply reply, String code) {
            this.reply = reply;
            this.code = code;
        }
    }

    @ParameterizedTest
    @EnumSource(Trouble.class)
    void transientTroubleIsRetriedWithTheSameRequestIdAndBody(Trouble trouble) {
        Orders.Placed order = Orders.manualPickup(server);
        dstore.script().then(order.requestOrderId(), trouble.reply);
        double before = Metrics.count(server, "pos.outbox.attempts", "outcome", "retried", "code", trouble.code);

        merchant.status(order.posOrderId(), "ACCEPTED");

        JsonNode detail = awaitAllDelivered(order.posOrderId(), 1);
        List<Received> calls = Eventually.await("both attempts recorded", () -> dstore.journal()
                .about(order.requestOrderId()), c -> c.size() == 2);
        assertEquals(calls.get(0).requestId(), calls.get(1).requestId());
        assertArrayEquals(calls.get(0).body(), calls.get(1).body());
        calls.forEach(Calls::assertSignedByPos);
        assertEquals(2, detail.path("outbound").get(0).path("attempts").asInt());
        assertEquals(before + 1, Metrics.count(server, "pos.outbox.attempts", "outcome", "retried", "code",
                trouble.code));
    }

    @Test
    void aMessageThatKeepsFailingTransientlyIsGivenUpAfterTheConfiguredAttempts() {
        Orders.Placed order = Orders.manualPickup(server);
        Reply[] unknown = new Reply[6];
        java.util.Arrays.fill(unknown, Reply.unknown());
        dstore.script().then(order.requestOrderId(), unknown);
        double failed = Metrics.count(server, "pos.outbox.failed", "operation", "notifyOrderChange");

        merchant.status(order.posOrderId(), "ACCEPTED");

        JsonNode detail = Eventually.await("the message to be given up", () -> detail(order.posOrderId()),
                d -> "FAILED".equals(d.path("outbound").path(0).path("state").asText()));
        assertEquals(6, detail.path("outbound").get(0).path("attempts").asInt());
        assertEquals("UNKNOWN_EXCEPTION", detail.path("outbound").get(0).path("lastResultCode").asText());
        assertTrue(detail.path("flags").toString().contains("OUTBOUND_FAILED"));
        assertEquals(6, dstore.journal().about(order.requestOrderId()).size());
        assertEquals(failed + 1, Metrics.count(server, "pos.outbox.failed", "operation", "notifyOrderChange"));
    }

    @Test
    void theOrdersNextMessageStillGoesOutAfterOneFailedForGood() {
        Orders.Placed order = Orders.manualPickup(server);
        dstore.script().then(order.requestOrderId(), Reply.failure("PROCESS_FAIL"));

        merchant.status(order.posOrderId(), "ACCEPTED");
        merchant.status(order.posOrderId(), "PREPARING");

        List<Received> calls = Eventually.await("both messages", () -> dstore.journal().about(order.requestOrderId()),
                c -> c.size() == 2);
        assertEquals(List.of("ACCEPTED", "PREPARING"), Calls.statuses(calls));
        JsonNode detail = Eventually.await("states recorded", () -> detail(order.posOrderId()),
                d -> "DELIVERED".equals(d.path("outbound").path(1).path("state").asText()));
        assertEquals("FAILED", detail.path("outbound").get(0).path("state").asText());
    }

    private JsonNode awaitAllDelivered(String posOrderId, int messages) {
        return Eventually.await(messages + " messages delivered", () -> detail(posOrderId), d -> {
            JsonNode outbound = d.path("outbound");
            if (outbound.size() != messages) {
                return false;
            }
            for (JsonNode m : outbound) {
                if (!"DELIVERED".equals(m.path("state").asText())) {
                    return false;
                }
            }
            return true;
        });
    }

    private JsonNode detail(String posOrderId) {
        return merchant.get("/merchant/v1/orders/" + posOrderId).expect(200).json();
    }
}

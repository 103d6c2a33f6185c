package dev.dstorekit.pos.order;

import dev.dstorekit.pos.order.application.OrderNotifications;
import dev.dstorekit.pos.order.application.StoredOrder;
import dev.dstorekit.pos.order.domain.OrderNotification;
import dev.dstorekit.pos.order.outbound.NotifyOrderChangeMessages;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.support.Orders;
import dev.dstorekit.pos.support.PosServer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A merchant change and the notifyOrderChange that reports it are one transaction of the application service: when
 * the change cannot be completed after its message was queued, neither is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantChangeTransactionTest {

    static final String FAIL_AFTER_QUEUEING = "test.order-notifications.fail-after-queueing";

    @TempDir
    static Path dataDir;
    PosServer server;

    @BeforeAll
    void start() {
        server = PosServer.onEmbeddedDatabase(dataDir, Map.of(FAIL_AFTER_QUEUEING, "true",
                "pos.outbox.enabled", "false"));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aChangeThatFailsAfterQueueingItsMessageLeavesNeitherTheChangeNorTheMessage() {
        Orders.Placed order = Orders.manualPickup(server);

        server.merchant().post("/merchant/v1/orders/" + order.posOrderId() + "/status", "{\"status\":\"ACCEPTED\"}")
                .problem(500);

        assertEquals("ORDER_SUCCESS", server.merchant().get("/merchant/v1/orders/" + order.posOrderId()).expect(200)
                .json().path("status").asText());
        assertEquals(0, server.db().count("SELECT count(*) FROM outbox_messages m JOIN orders o ON o.id = m.order_id"
                + " WHERE o.pos_order_id = ?", order.posOrderId()));
        assertEquals(0, server.db().count("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                + " WHERE o.pos_order_id = ? AND e.source = 'MERCHANT'", order.posOrderId()));
    }

    /** Queues the real notifyOrderChange, then fails as the rest of the change could. */
    @Singleton
    @Replaces(NotifyOrderChangeMessages.class)
    @Requires(property = FAIL_AFTER_QUEUEING, value = "true")
    static class FailAfterQueueing implements OrderNotifications {

        private final NotifyOrderChangeMessages real;

        FailAfterQueueing(Outbox outbox) {
            this.real = new NotifyOrderChangeMessages(outbox);
        }

        @Override
        public String queue(StoredOrder order, OrderNotification notification) {
            real.queue(order, notification);
            throw new IllegalStateException("the change failed after its message was queued");
        }
    }
}

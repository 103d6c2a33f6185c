package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.merchant.MerchantRefusal;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.order.domain.MerchantChange;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merchant's changes to an order (status, refund, short order number, ready time, delivery status): decided by
 * {@link MerchantChangePlanner} on the locked order and written together with the notifyOrderChange that tells
 * D-Store, in one transaction. Another account's order is not found.
 */
@Singleton
public class MerchantOrderHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MerchantOrderHandler.class);

    private final OrderStore orders;
    private final OrderNotifications notifications;
    private final PosMetrics metrics;

    public MerchantOrderHandler(OrderStore orders, OrderNotifications notifications, PosMetrics metrics) {
        this.orders = orders;
        this.notifications = notifications;
        this.metrics = metrics;
    }

    /**
     * A refusal thrown by the planner ends the transaction with nothing written.
     *
     * @param record the merchant's request as JSON, for the order's history
     * @throws MerchantRefusal when the order is not this account's or the change is not allowed
     */
    @Transactional
    public void change(String posAccountId, String posOrderId, MerchantChange change, String record) {
        StoredOrder order = orders.lockForMerchant(posAccountId, posOrderId).orElseThrow(MerchantRefusal::notFound);
        MerchantChangePlan plan = MerchantChangePlanner.plan(order, change);
        String requestId = notifications.queue(order, plan.notification());
        orders.applyMerchantChange(order, plan, requestId, record);
        metrics.merchantChange(change.kind());
        LOG.info("Order {} of {}: merchant {} change applied, notifyOrderChange {} queued", posOrderId, posAccountId,
                change.kind(), requestId);
    }
}

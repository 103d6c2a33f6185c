package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.order.domain.OrderChange;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pushOrderChange: applies a change from the order channel once per requestId and records it in the order's
 * history. The answer (S or a business F) is stored in the same transaction, so a replay gets it unchanged. An
 * unknown order is ORDER_NOT_EXIST and leaves nothing behind, so a retry after the order arrives is decided afresh.
 */
@Singleton
public class PushOrderChangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PushOrderChangeHandler.class);

    private final OrderStore orders;
    private final PosMetrics metrics;

    public PushOrderChangeHandler(OrderStore orders, PosMetrics metrics) {
        this.orders = orders;
        this.metrics = metrics;
    }

    public Answer handle(OrderChange change, RequestBody body) {
        if (orders.findByRequestOrderId(change.requestOrderId()).isEmpty()) {
            metrics.orderChange("order_not_exist");
            return Answer.failure("ORDER_NOT_EXIST", "No order for requestOrderId " + change.requestOrderId());
        }
        OrderStore.ChangeOutcome outcome = orders.applyChangeOnce(new ChangeRequest(change, ChangeSource.CHANNEL, body),
                snapshot -> ChannelChangePlanner.plan(snapshot, change));
        Answer answer = outcome.answer();
        if (outcome.replayed()) {
            metrics.orderChange(outcome.differentBody() ? "replayed_different_body" : "replayed");
            if (outcome.differentBody()) {
                LOG.warn("pushOrderChange replay for requestId {} carries a different body; answering the stored"
                        + " answer {}/{}", change.requestId(), answer.resultStatus(), answer.resultCode());
            }
        } else if (answer.success()) {
            metrics.orderChange("applied");
            LOG.info("pushOrderChange {} applied to requestOrderId {}", change.requestId(), change.requestOrderId());
        } else {
            metrics.orderChange("refused");
            LOG.info("pushOrderChange {} for requestOrderId {} refused: {} {}", change.requestId(),
                    change.requestOrderId(), answer.resultCode(), answer.resultMessage());
        }
        return answer;
    }
}

package dev.dstorekit.pos.order.application;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where orders live. The implementation must make {@link #createIfAbsent} and {@link #applyChangeOnce} safe under
 * concurrent duplicates from several instances: the database, not the process, decides the single winner.
 */
public interface OrderStore {

    Optional<StoredOrder> findByRequestOrderId(String requestOrderId);

    /** A fresh order id from the database sequence; a number drawn by a losing duplicate is simply skipped. */
    long nextOrderId();

    /**
     * Stores the draft in one transaction unless an order with its requestOrderId exists, then returns the stored
     * order either way.
     */
    CreateOutcome createIfAbsent(OrderDraft draft);

    /**
     * Runs {@code decide} at most once per requestId, in one transaction with the change it makes and the answer it
     * gives, on the order locked against concurrent changes. A repeated requestId gets the stored answer.
     */
    ChangeOutcome applyChangeOnce(ChangeRequest request, Function<OrderSnapshot, ChangeDecision> decide);

    /**
     * The order of this account, locked until the caller's transaction ends, so one order's merchant changes are
     * decided one after the other on its current state; empty if the account has no such order.
     */
    Optional<StoredOrder> lockForMerchant(String posAccountId, String posOrderId);

    /**
     * Writes an accepted merchant change and its history entry, in the caller's transaction, to an order locked by
     * {@link #lockForMerchant}; the update is checked against the version the order was read at.
     *
     * @param requestId the notifyOrderChange that reports the change, named in the history
     * @param record    the merchant's request as JSON, kept in the history
     */
    void applyMerchantChange(StoredOrder order, MerchantChangePlan plan, String requestId, String record);

    /**
     * Flags the order {@link OrderFlag#OUTBOUND_FAILED} with a history entry from the POS naming the message, in the
     * caller's transaction.
     */
    void flagOutboundFailure(long orderId, String requestId, String detail);

    /** @param created whether this call stored the order (false: it was there, or a concurrent duplicate won) */
    record CreateOutcome(StoredOrder order, boolean created) {
    }

    /**
     * @param replayed       whether the answer was stored by an earlier call with the same requestId
     * @param differentBody  on a replay, whether the stored request had another body
     */
    record ChangeOutcome(Answer answer, boolean replayed, boolean differentBody) {
    }
}

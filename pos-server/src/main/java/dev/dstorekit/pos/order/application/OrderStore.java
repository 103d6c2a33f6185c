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
     * Applies a merchant change in one transaction with the history entry and the notifyOrderChange it queues: the
     * order of this account is locked, {@code plan} decides on its current state (and throws to refuse, which
     * writes nothing), and the update is checked against the order's version.
     *
     * @param record the merchant's request as JSON, kept in the history
     * @return the queued message's requestId, or empty if the account has no such order
     */
    Optional<String> applyMerchantChange(String posAccountId, String posOrderId, String record,
                                         Function<StoredOrder, MerchantChangePlan> plan);

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

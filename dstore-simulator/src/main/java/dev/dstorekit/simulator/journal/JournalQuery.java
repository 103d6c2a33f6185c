package dev.dstorekit.simulator.journal;

import io.micronaut.core.annotation.Nullable;

/**
 * A filter on the journal; a null member matches everything. Results are newest first.
 *
 * @param requestOrderId only messages about this order
 * @param storeKey       only messages about this store ({@code posAccountId/posStoreId})
 * @param operation      only this operation
 * @param verdict        only messages with this verdict
 * @param beforeId       only entries older than this id (paging), or null for the newest
 * @param limit          at most this many entries
 */
public record JournalQuery(@Nullable String requestOrderId,
                           @Nullable String storeKey,
                           @Nullable String operation,
                           @Nullable Verdict verdict,
                           @Nullable Long beforeId,
                           int limit) {

    public static JournalQuery newest(int limit) {
        return new JournalQuery(null, null, null, null, null, limit);
    }

    public static JournalQuery ofOrder(String requestOrderId) {
        return new JournalQuery(requestOrderId, null, null, null, null, 10_000);
    }

    boolean matches(JournalEntry entry) {
        return (requestOrderId == null || requestOrderId.equals(entry.requestOrderId()))
                && (storeKey == null || storeKey.equals(entry.storeKey()))
                && (operation == null || operation.equals(entry.operation()))
                && (verdict == null || verdict == entry.verdict())
                && (beforeId == null || entry.id() < beforeId);
    }
}

package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderStatus;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The outcome of deciding a change: refused with an answer, or accepted with what to write. */
public sealed interface ChangeDecision {

    Answer answer();

    /** Nothing is changed; the answer (an F) is stored for the requestId all the same. */
    record Refused(Answer answer) implements ChangeDecision {
    }

    /**
     * @param newStatus         the status to set, or null to keep it
     * @param newDeliveryStatus the delivery status to set, or null to keep it
     * @param newLines          the lines of a new revision, or null to keep them
     * @param refundAdded       minor units to add to the refunded amount
     * @param history           one entry per aspect changed, all recorded with the request's source and body
     */
    record Accepted(@Nullable OrderStatus newStatus,
                    @Nullable String newDeliveryStatus,
                    @Nullable List<OrderLine> newLines,
                    long refundAdded,
                    List<HistoryEntry> history) implements ChangeDecision {

        @Override
        public Answer answer() {
            return Answer.SUCCESS;
        }
    }

    /** One line of an order's history. */
    record HistoryEntry(String eventType, @Nullable OrderStatus fromStatus, @Nullable OrderStatus toStatus) {
    }
}

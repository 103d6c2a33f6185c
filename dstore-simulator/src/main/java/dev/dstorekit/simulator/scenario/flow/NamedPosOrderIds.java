package dev.dstorekit.simulator.scenario.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * The posOrderIds a POS names for one requestOrderId while D-Store retries createOrder: in an answer that was lost,
 * and in inquireOrderDetail. A POS that keeps its orders idempotent names one id throughout; each contradiction is
 * worded here for the NEW_POS_ORDER_ID_ON_RETRY violation it is.
 */
final class NamedPosOrderIds {

    private String known;
    private String discarded;

    /** The id of an answer D-Store never saw (lost on the way, or too late). */
    void lost(String posOrderId) {
        discarded = posOrderId;
    }

    /** Whether the POS named any id yet. */
    boolean any() {
        return known != null || discarded != null;
    }

    /** The id the POS named, preferring the inquiry's. */
    String first() {
        return known != null ? known : discarded;
    }

    /** inquireOrderDetail named {@code id}; returns what it contradicts. */
    List<String> inquired(String id) {
        List<String> conflicts = new ArrayList<>();
        if (id == null) {
            return conflicts;
        }
        if (known != null && !known.equals(id)) {
            conflicts.add("inquireOrderDetail now names posOrderId " + id + ", earlier " + known);
        }
        if (discarded != null && !discarded.equals(id)) {
            conflicts.add("inquireOrderDetail names posOrderId " + id + " but the lost createOrder answer had " + discarded);
        }
        known = id;
        return conflicts;
    }

    /** An S answer of the {@code what} (retry, duplicate) named {@code id}; returns what it contradicts. */
    List<String> created(String id, String what) {
        List<String> conflicts = new ArrayList<>();
        if (known != null && !known.equals(id)) {
            conflicts.add("the " + what + " answered posOrderId " + id + " but inquireOrderDetail named " + known + " for the same requestOrderId");
        }
        if (discarded != null && !discarded.equals(id)) {
            conflicts.add("the " + what + " answered posOrderId " + id + " but the first (lost) answer had " + discarded);
        }
        return conflicts;
    }

    /** How the S answer's {@code id} agrees with an earlier one, for the progress line; null when there was none. */
    String agreement(String id) {
        return discarded != null && discarded.equals(id) ? "the same posOrderId as the lost answer"
                : known != null && known.equals(id) ? "the posOrderId inquireOrderDetail had named" : null;
    }
}

package dev.dstorekit.conformance.cases;

import dev.dstorekit.conformance.client.Exchange;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/** Assertions on answers whose messages say what was sent, what came back and what was expected. */
final class Expect {

    private Expect() {
    }

    /** HTTP 200 with {@code result.resultStatus = status} (and {@code resultCode = code} unless null). */
    static void result(Exchange answer, String status, String code, String why) {
        if (!answer.isResult(status, code)) {
            throw new AssertionFailedError(why + ": expected HTTP 200 " + status + (code == null ? "" : "/" + code)
                    + ", got " + answer.outcome(), status + (code == null ? "" : "/" + code), answer.outcome());
        }
    }

    /** F/INVALID_SIGNATURE, and the order in {@code requestOrderIds} was not created. */
    static void refusedAndNotProcessed(dev.dstorekit.conformance.Conformance conformance, Exchange answer, String why,
                                       String... requestOrderIds) {
        result(answer, "F", "INVALID_SIGNATURE", why);
        for (String id : requestOrderIds) {
            Exchange inquiry = conformance.inquire(id);
            if (!inquiry.isResult("F", "ORDER_NOT_EXIST")) {
                throw new AssertionFailedError(why + ": the refused createOrder must not be processed, but"
                        + " inquireOrderDetail(" + id + ") answered " + inquiry.outcome() + " instead of F/ORDER_NOT_EXIST");
            }
        }
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new AssertionFailedError(message);
        }
    }

    /** Fails listing every problem when there are any (the first eight). */
    static void none(List<String> problems, String what) {
        none(problems, what, 8);
    }

    /** Fails listing the first {@code most} problems when there are any. */
    static void none(List<String> problems, String what, int most) {
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), most);
            throw new AssertionFailedError(what + " (" + problems.size() + "):\n  - "
                    + String.join("\n  - ", problems.subList(0, shown))
                    + (problems.size() > shown ? "\n  … and " + (problems.size() - shown) + " more" : ""));
        }
    }
}

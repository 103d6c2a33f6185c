package dev.dstorekit.pos.outbox.domain;

import io.micronaut.core.annotation.Nullable;

/**
 * What one attempt to deliver a message came to, and what follows from it (REFERENCE §4, §9): S — and A, pds
 * addStore's "accepted, outcome later" — delivers; U and REQUEST_TRAFFIC_EXCEED_LIMIT are retried with the same
 * requestId, as are time-outs, connection errors and answers whose signature does not verify; any other F is final.
 *
 * @param outcome what the sender does next
 * @param code    D-Store's resultCode, or the POS's own code for a failure before an answer (e.g. TIMEOUT)
 * @param message D-Store's resultMessage, or what went wrong
 */
public record DeliveryResult(Outcome outcome, String code, @Nullable String message) {

    public static final String TRAFFIC_LIMIT = "REQUEST_TRAFFIC_EXCEED_LIMIT";

    /** What the sender does with the message after this attempt. */
    public enum Outcome {
        DELIVERED, RETRY, FAILED
    }

    /** D-Store answered with a result. */
    public static DeliveryResult answered(@Nullable String status, @Nullable String code, @Nullable String message) {
        String shownCode = code == null || code.isBlank() ? "NO_RESULT_CODE" : code;
        if (TRAFFIC_LIMIT.equals(code)) {
            return new DeliveryResult(Outcome.RETRY, shownCode, message);
        }
        Outcome outcome = switch (status == null ? "" : status) {
            case "S", "A" -> Outcome.DELIVERED;
            case "F" -> Outcome.FAILED;
            // U, and anything the POS cannot read as an outcome: ask again with the same requestId
            default -> Outcome.RETRY;
        };
        return new DeliveryResult(outcome, shownCode, message);
    }

    /** No usable answer (time-out, connection error, unsigned or invalid answer, HTTP error): try again. */
    public static DeliveryResult noAnswer(String code, @Nullable String message) {
        return new DeliveryResult(Outcome.RETRY, code, message);
    }

    /** The message itself cannot be sent (it would fail the same way every time). */
    public static DeliveryResult unsendable(String code, @Nullable String message) {
        return new DeliveryResult(Outcome.FAILED, code, message);
    }
}

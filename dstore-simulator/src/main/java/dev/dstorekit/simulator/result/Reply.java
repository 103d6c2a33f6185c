package dev.dstorekit.simulator.result;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The result D-Store gives a POS call, independent of the operation's response type; controllers wrap it. It is
 * what idempotency keeps, so a replay is answered with the identical body.
 */
@Serdeable
public record Reply(String status, String code, String message) {

    public static Reply success() {
        return new Reply("S", "SUCCESS", "success");
    }

    public static Reply failure(String code, String message) {
        return new Reply("F", code, truncate(message));
    }

    public static Reply paramIllegal(String message) {
        return failure("PARAM_ILLEGAL", message);
    }

    public static Reply repeatInconsistent(String requestId) {
        return failure("REPEAT_REQ_INCONSISTENT", "requestId " + requestId
                + " was used before with a different body; resend the identical body or use a new requestId");
    }

    public boolean unknown() {
        return "U".equals(status);
    }

    private static String truncate(String message) {
        return message.length() <= 256 ? message : message.substring(0, 255) + "…";
    }
}

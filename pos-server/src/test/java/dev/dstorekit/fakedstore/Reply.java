package dev.dstorekit.fakedstore;

import java.time.Duration;

/**
 * How the fake answers one call.
 *
 * @param status   resultStatus (S, F, U, or A for addStore)
 * @param code     resultCode
 * @param delay    how long it takes before answering
 * @param signing  whether the answer is signed properly, not at all, or with a broken signature
 */
public record Reply(String status, String code, Duration delay, Signing signing) {

    /** How the answer is signed. */
    public enum Signing { SIGNED, UNSIGNED, TAMPERED }

    public static Reply success() {
        return new Reply("S", "SUCCESS", Duration.ZERO, Signing.SIGNED);
    }

    public static Reply unknown() {
        return new Reply("U", "UNKNOWN_EXCEPTION", Duration.ZERO, Signing.SIGNED);
    }

    public static Reply trafficLimit() {
        return new Reply("U", "REQUEST_TRAFFIC_EXCEED_LIMIT", Duration.ZERO, Signing.SIGNED);
    }

    public static Reply failure(String code) {
        return new Reply("F", code, Duration.ZERO, Signing.SIGNED);
    }

    public static Reply accepted() {
        return new Reply("A", "ACCEPTED", Duration.ZERO, Signing.SIGNED);
    }

    public static Reply slowSuccess(Duration delay) {
        return new Reply("S", "SUCCESS", delay, Signing.SIGNED);
    }

    public static Reply unsignedSuccess() {
        return new Reply("S", "SUCCESS", Duration.ZERO, Signing.UNSIGNED);
    }

    public static Reply tamperedSuccess() {
        return new Reply("S", "SUCCESS", Duration.ZERO, Signing.TAMPERED);
    }
}

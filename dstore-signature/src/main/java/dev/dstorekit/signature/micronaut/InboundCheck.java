package dev.dstorekit.signature.micronaut;

import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.Verification;

/**
 * Checks one signed message (an inbound request, or the answer to our own call) against the settings:
 * Client-Id, time window and signature, in that order. Shared by the server and the client filter so
 * both directions apply exactly the same rules.
 */
final class InboundCheck {

    /** Why a message was refused; {@code null} when it passed. */
    record Outcome(String reason) {
        boolean passed() {
            return reason == null;
        }
    }

    private static final Outcome PASSED = new Outcome(null);

    private InboundCheck() {
    }

    static Outcome check(SignatureSettings settings, String method, String uri, String clientId,
                         String timeHeaderName, String time, byte[] body, String signature) {
        if (clientId == null || clientId.isBlank()) {
            return new Outcome("Client-Id header missing");
        }
        if (!settings.clientId().equals(clientId)) {
            return new Outcome("unknown Client-Id");
        }
        if (time == null || time.isBlank()) {
            return new Outcome(timeHeaderName + " header missing");
        }
        if (!RequestTimes.withinTolerance(time, settings.clock().instant(), settings.tolerance())) {
            return new Outcome(timeHeaderName + " unparsable or outside ±" + settings.tolerance().toSeconds() + "s");
        }
        Verification verification = settings.verifier().verify(method, uri, clientId, time, body, signature);
        if (!verification.valid()) {
            return new Outcome(describe(verification));
        }
        return PASSED;
    }

    private static String describe(Verification verification) {
        return switch (verification.failure()) {
            case MISSING_HEADER -> "Signature header missing";
            case MALFORMED_HEADER -> "Signature header malformed";
            case UNSUPPORTED_ALGORITHM -> "Signature algorithm not RSA256";
            case SIGNATURE_NOT_BASE64 -> "signature value is not Base64";
            case SIGNATURE_MISMATCH -> "signature does not match the message (body, URI, Client-Id, time or key differ)";
            case NONE -> "verification failed";
        };
    }
}

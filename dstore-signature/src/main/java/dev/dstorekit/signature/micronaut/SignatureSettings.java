package dev.dstorekit.signature.micronaut;

import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.SignatureVerifier;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Who we are and whom we trust, for the signature filters. Each application builds one from its own
 * configuration (the POS server signs with the POS key and trusts D-Store's; the simulator the reverse),
 * so the filters stay free of any particular configuration layout.
 *
 * @param clientId        the Client-Id this party sends, and expects on every inbound call
 * @param signer          signs our requests and answers with our private key
 * @param verifier        checks the peer's requests and answers with the peer's public key
 * @param tolerance       how far Request-Time / Response-Time may be from our clock, either way
 * @param verifyResponses whether an answer to our own call must carry a valid signature
 * @param clock           the clock for Request-Time / Response-Time
 */
public record SignatureSettings(String clientId,
                                PayloadSigner signer,
                                SignatureVerifier verifier,
                                Duration tolerance,
                                boolean verifyResponses,
                                Clock clock) {

    /** D-Store's documented default window for Request-Time (REFERENCE §2). */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    public SignatureSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(clock, "clock");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    /** Settings with the default tolerance, answer verification on, and the UTC system clock. */
    public static SignatureSettings of(String clientId, PayloadSigner signer, SignatureVerifier verifier) {
        return new SignatureSettings(clientId, signer, verifier, DEFAULT_TOLERANCE, true, Clock.systemUTC());
    }
}

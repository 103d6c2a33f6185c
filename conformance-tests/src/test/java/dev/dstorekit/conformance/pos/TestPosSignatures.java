package dev.dstorekit.conformance.pos;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.SignatureVerifier;
import dev.dstorekit.signature.Verification;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The dstore-signature filters, configured with the POS's key and D-Store's public key. */
@Factory
@Requires(property = TestPosConfig.PREFIX + ".client-id")
class TestPosSignatures {

    @Singleton
    SignatureSettings signatureSettings(TestPosConfig config,
                                        @Value("${test.pos.private-key}") String privateKey,
                                        @Value("${test.pos.dstore-public-key}") String dstorePublicKey) {
        SignatureVerifier verifier = new RsaSignatureVerifier(RsaKeys.publicKey(dstorePublicKey, "test.pos.dstore-public-key"));
        if (config.has(Flaw.SKIPS_SIGNATURE_CHECKS)) {
            verifier = (method, uri, clientId, time, body, header) -> Verification.ok();
        }
        return new SignatureSettings(config.clientId(), new RsaPayloadSigner(RsaKeys.privateKey(privateKey, "test.pos.private-key")),
                verifier, Duration.ofSeconds(300), true, Clock.systemUTC());
    }

    @Singleton
    @jakarta.inject.Named("posSigner")
    RsaPayloadSigner posSigner(@Value("${test.pos.private-key}") String privateKey) {
        return new RsaPayloadSigner(RsaKeys.privateKey(privateKey, "test.pos.private-key"));
    }
}

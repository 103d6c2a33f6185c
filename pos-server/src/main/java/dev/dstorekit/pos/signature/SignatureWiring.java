package dev.dstorekit.pos.signature;

import dev.dstorekit.pos.config.ServerSettings;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Gives the signature filters of api-specs who we are: we sign with the POS private key and trust D-Store's
 * public key. With this bean present, every call on /v2/pos/** is verified before a controller runs and every
 * answer is signed over the bytes sent.
 */
@Factory
public class SignatureWiring {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureWiring.class);

    @Context
    SignatureSettings signatureSettings(ServerSettings settings) {
        RsaPayloadSigner signer = new RsaPayloadSigner(settings.posPrivateKey());
        RsaSignatureVerifier verifier = new RsaSignatureVerifier(settings.dstorePublicKey());
        LOG.info("Signing answers as Client-Id {} with {}; Request-Time tolerance {}", settings.clientId(),
                signer.algorithmProvider(), settings.requestTimeTolerance());
        return new SignatureSettings(settings.clientId(), signer, verifier, settings.requestTimeTolerance(), true,
                Clock.systemUTC());
    }
}

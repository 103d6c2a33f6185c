package dev.dstorekit.pos.signature;

import dev.dstorekit.pos.config.ServerSettings;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.signature.CryptoProviders;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Gives the signature filters of dstore-signature who we are: we sign with the POS private key and trust D-Store's
 * public key — on every call D-Store makes to us (/v2/pos/**) and on every answer to our own calls to D-Store and
 * pds. Signing runs on the fastest healthy JCA provider (ACCP where it loads, else the JDK's), unless
 * {@code pos.crypto.force-jdk=true}; the choice is logged and exported as {@code pos_crypto_provider}.
 */
@Factory
public class SignatureWiring {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureWiring.class);

    @Context
    SignatureSettings signatureSettings(ServerSettings settings, PosMetrics metrics,
                                        @Value("${pos.crypto.force-jdk:false}") boolean forceJdk) {
        CryptoProviders.Choice crypto = CryptoProviders.choose(forceJdk);
        RsaPayloadSigner signer = new RsaPayloadSigner(settings.posPrivateKey(), crypto.provider());
        RsaSignatureVerifier verifier = new RsaSignatureVerifier(settings.dstorePublicKey(), crypto.provider());
        metrics.cryptoProvider(crypto.name());
        LOG.info("Crypto provider {} ({}); signing as Client-Id {} with {}; Request-Time tolerance {}", crypto.name(),
                crypto.reason(), settings.clientId(), signer.algorithmProvider(), settings.requestTimeTolerance());
        return new SignatureSettings(settings.clientId(), new RecentSignatures(signer), verifier,
                settings.requestTimeTolerance(), true, Clock.systemUTC());
    }
}

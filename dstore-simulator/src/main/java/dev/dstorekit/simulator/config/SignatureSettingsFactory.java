package dev.dstorekit.simulator.config;

import dev.dstorekit.signature.CryptoProviders;
import dev.dstorekit.signature.InvalidKeyException;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;

/**
 * Builds the simulator's identity for the dstore-signature filters: D-Store's private key signs our requests
 * and answers, the POS public key checks the POS's, and the POS provider's client id is expected on both sides.
 * Keys are parsed once here; a bad or missing key stops start-up with a message naming its key. A context in the
 * {@link #WITHOUT_IDENTITY} environment has none (and so no signature filters, and no server: {@code Servers} needs
 * the identity first).
 */
@Factory
public class SignatureSettingsFactory {

    /**
     * The environment of a command that never speaks as D-Store, only as a client of a merchant API and of the
     * control API ({@code sandbox}): it needs no keys, though Micronaut makes every client filter for its clients.
     */
    public static final String WITHOUT_IDENTITY = "without-dstore-identity";

    private static final Logger LOG = LoggerFactory.getLogger(SignatureSettingsFactory.class);

    @Singleton
    SimulatorSettings simulatorSettings(SimulatorConfiguration config) {
        return SimulatorSettings.from(config);
    }

    @Singleton
    @Requires(notEnv = WITHOUT_IDENTITY)
    PosPublicKey posPublicKey(SimulatorConfiguration config) {
        return new PosPublicKey(key(() -> RsaKeys.publicKey(required(config.getPos().getPublicKey(),
                "simulator.pos.public-key", "the POS provider's RSA public key (base64 X.509, PEM or a file path)"),
                "simulator.pos.public-key")));
    }

    @Singleton
    @Requires(notEnv = WITHOUT_IDENTITY)
    SignatureSettings signatureSettings(SimulatorConfiguration config, SimulatorSettings settings) {
        String clientId = required(config.getClientId(), "simulator.client-id",
                "the client id D-Store assigned to the POS provider, e.g. 375Y93...P00050");
        PrivateKey ours = key(() -> RsaKeys.privateKey(required(config.getDstorePrivateKey(),
                "simulator.dstore-private-key", "D-Store's RSA private key (base64 PKCS#8, PEM or a file path)"),
                "simulator.dstore-private-key"));
        PublicKey peer = posPublicKey(config).key();
        Duration tolerance = config.getRequestTimeTolerance();
        if (tolerance == null || tolerance.isNegative()) {
            throw SimulatorSettings.bad("simulator.request-time-tolerance", "must be a duration such as 300s");
        }
        CryptoProviders.Choice crypto = CryptoProviders.choose(config.isForceJdkCrypto());
        RsaPayloadSigner signer = new RsaPayloadSigner(ours, crypto.provider());
        LOG.info("Signing as D-Store with {} ({}: {}); client id {}", signer.algorithmProvider(), crypto.name(), crypto.reason(), clientId);
        return new SignatureSettings(clientId, signer, new RsaSignatureVerifier(peer, crypto.provider()), tolerance, true, settings.clock());
    }

    private static String required(String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw SimulatorSettings.bad(key, "not set; " + what);
        }
        return value.strip();
    }

    private interface KeyReader<K> {
        K read();
    }

    private static <K> K key(KeyReader<K> reader) {
        try {
            return reader.read();
        } catch (InvalidKeyException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }
}

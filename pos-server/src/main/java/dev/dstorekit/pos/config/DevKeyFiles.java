package dev.dstorekit.pos.config;

import dev.dstorekit.signature.CryptoProviders;
import dev.dstorekit.signature.RandomTokens;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.SecretFiles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.List;

/**
 * Development convenience, active only in the {@code dev} environment with {@code pos.dev-keys.generate=true}:
 * on first start it writes two fresh RSA key pairs (one playing D-Store, one for this POS) and a random merchant API
 * token into {@code <pos.data-dir>/dev-keys/}, named TEST-ONLY, which application-dev.yml points the server at.
 * Later starts on the same data directory reuse them, so a token once copied keeps working; another data directory
 * gets its own. Everything is owner-only (files 0600, the directory 0700); no key or token ships in the jar, and
 * production configuration never reaches this class.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(property = "pos.dev-keys.generate", value = "true")
public class DevKeyFiles {

    /** The dev merchant's API token, in the dev-keys directory (application-dev.yml reads it from there). */
    public static final String MERCHANT_TOKEN_FILE = "TEST-ONLY-merchant-api-token";

    private static final Logger LOG = LoggerFactory.getLogger(DevKeyFiles.class);
    private static final String POS_PRIVATE = "TEST-ONLY-pos-private.pem";

    public DevKeyFiles(@Value("${pos.data-dir}") String dataDir) {
        Path dir = Path.of(dataDir, "dev-keys");
        Path token = dir.resolve(MERCHANT_TOKEN_FILE);
        try {
            SecretFiles.ownerOnlyDirectory(dir);
            if (!Files.exists(dir.resolve(POS_PRIVATE))) {
                write(dir, "dstore", generate());
                write(dir, "pos", generate());
                LOG.warn("dev environment: generated TEST-ONLY key pairs in {}", dir.toAbsolutePath().normalize());
            }
            if (!Files.exists(token)) {
                SecretFiles.writeOwnerOnly(token, (RandomTokens.generate() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            for (Path secret : List.of(dir.resolve("TEST-ONLY-dstore-private.pem"), dir.resolve(POS_PRIVATE), token)) {
                if (Files.exists(secret)) {
                    SecretFiles.restrictToOwner(secret);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dev keys to " + dir, e);
        }
        LOG.warn("dev environment: signing with TEST-ONLY keys from {}; sign requests as D-Store with"
                + " TEST-ONLY-dstore-private.pem", dir.toAbsolutePath().normalize());
        LOG.warn("dev environment: the merchant API token of the dev merchant is in {} (owner-only); send it as"
                + " Authorization: Bearer <token>", token.toAbsolutePath().normalize());
    }

    private static KeyPair generate() {
        try {
            // The provider that signs (ACCP where it loads) also generates: natively in tens of milliseconds, where the
            // JDK's BigInteger search on a cold JVM takes most of a second per pair of a fresh dev start.
            Provider provider = CryptoProviders.choose(false).provider();
            KeyPairGenerator generator = provider == null ? KeyPairGenerator.getInstance("RSA")
                    : KeyPairGenerator.getInstance("RSA", provider);
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path dir, String party, KeyPair pair) throws IOException {
        SecretFiles.writeOwnerOnly(dir.resolve("TEST-ONLY-" + party + "-private.pem"),
                RsaKeys.pem(pair.getPrivate()).getBytes(StandardCharsets.US_ASCII));
        SecretFiles.writeOwnerOnly(dir.resolve("TEST-ONLY-" + party + "-public.pem"),
                RsaKeys.pem(pair.getPublic()).getBytes(StandardCharsets.US_ASCII));
    }
}

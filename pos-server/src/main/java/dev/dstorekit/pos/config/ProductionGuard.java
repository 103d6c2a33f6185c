package dev.dstorekit.pos.config;

import dev.dstorekit.resources.SandboxMarkers;
import dev.dstorekit.signature.InvalidKeyException;
import dev.dstorekit.signature.RsaKeys;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.Arrays;

/**
 * In the {@code production} environment ({@code MICRONAUT_ENVIRONMENTS=production}) the server refuses to start with
 * what only belongs to a development or sandbox set-up: the dev environment's TEST-ONLY keys (by name or by content),
 * a Client-Id marked TEST or SANDBOX, or plain HTTP without a stated TLS-terminating proxy (the integration guide
 * requires D-Store to reach the POS over HTTPS). Other environments, the sandbox and the tests among them, are not
 * affected.
 */
@Context
@Requires(env = ProductionGuard.PRODUCTION)
public class ProductionGuard {

    /** The environment name that arms the guard. */
    public static final String PRODUCTION = "production";
    /** {@code true} states that a proxy in front of the server terminates TLS, so the server itself speaks HTTP. */
    public static final ConfigKey BEHIND_TLS_PROXY = new ConfigKey("pos.behind-tls-proxy");
    public static final ConfigKey SSL_ENABLED = new ConfigKey("micronaut.server.ssl.enabled");
    public static final ConfigKey DEV_KEYS = new ConfigKey("pos.dev-keys.generate");

    public ProductionGuard(ServerSettings settings, DStoreProperties dstore, PosProperties pos,
                           @Value("${pos.data-dir}") String dataDir,
                           @Value("${micronaut.server.ssl.enabled:false}") boolean tls,
                           @Value("${pos.behind-tls-proxy:false}") boolean behindTlsProxy,
                           @Value("${pos.dev-keys.generate:false}") boolean devKeys) {
        if (devKeys) {
            throw DEV_KEYS.invalid("must not be true in the production environment: it generates TEST-ONLY keys");
        }
        SandboxMarkers.find(settings.clientId()).ifPresent(marker -> {
            throw ServerSettingsFactory.CLIENT_ID.invalid("'" + settings.clientId() + "' is marked " + marker
                    + ": a test-only Client-Id; the production environment needs the one D-Store assigned for production");
        });
        Path devKeyDir = Path.of(dataDir, "dev-keys");
        refuseDevKey(ServerSettingsFactory.POS_PRIVATE_KEY, pos.getPrivateKey(), settings.posPrivateKey(),
                devKeyDir.resolve("TEST-ONLY-pos-private.pem"), true);
        refuseDevKey(ServerSettingsFactory.DSTORE_PUBLIC_KEY, dstore.getPublicKey(), settings.dstorePublicKey(),
                devKeyDir.resolve("TEST-ONLY-dstore-public.pem"), false);
        if (!tls && !behindTlsProxy) {
            throw SSL_ENABLED.invalid("the production environment does not serve plain HTTP: D-Store calls the POS over"
                    + " HTTPS. Give the server a certificate (micronaut.server.ssl.enabled=true and micronaut.server.ssl"
                    + ".key-store.*, see README) or, when a proxy in front of it terminates TLS, set "
                    + BEHIND_TLS_PROXY + "=true (" + BEHIND_TLS_PROXY.environmentVariable() + ")");
        }
    }

    private static void refuseDevKey(ConfigKey key, String configured, Key loaded, Path devKeyFile, boolean privateKey) {
        if (configured != null && configured.contains("TEST-ONLY")) {
            throw key.invalid("names a TEST-ONLY dev key; the production environment needs the production key");
        }
        if (!Files.isRegularFile(devKeyFile)) {
            return;
        }
        try {
            Key devKey = privateKey ? RsaKeys.privateKey(devKeyFile.toString(), key.name())
                    : RsaKeys.publicKey(devKeyFile.toString(), key.name());
            if (Arrays.equals(devKey.getEncoded(), loaded.getEncoded())) {
                throw key.invalid("is the TEST-ONLY dev key of " + devKeyFile + "; the production environment needs the"
                        + " production key");
            }
        } catch (InvalidKeyException e) {
            // an unreadable dev key file cannot be the configured key
        }
    }
}

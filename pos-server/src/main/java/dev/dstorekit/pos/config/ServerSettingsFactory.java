package dev.dstorekit.pos.config;

import dev.dstorekit.api.answer.RequestSchemaFilter;
import dev.dstorekit.signature.InvalidKeyException;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the signing configuration when the application starts ({@link Context}), so a missing or bad key stops
 * start-up with a message naming the key instead of failing the first order.
 */
@Factory
public class ServerSettingsFactory {

    public static final ConfigKey CLIENT_ID = new ConfigKey("dstore.client-id");
    public static final ConfigKey DSTORE_PUBLIC_KEY = new ConfigKey("dstore.public-key");
    public static final ConfigKey GATEWAY_URL = new ConfigKey("dstore.gateway-url");
    public static final ConfigKey PDS_GATEWAY_URL = new ConfigKey("dstore.pds-gateway-url");
    public static final ConfigKey REQUEST_TIME_TOLERANCE = new ConfigKey("dstore.request-time-tolerance");
    public static final ConfigKey POS_PRIVATE_KEY = new ConfigKey("pos.private-key");
    public static final ConfigKey STRICT_SCHEMA = new ConfigKey(RequestSchemaFilter.ENABLED);

    /**
     * @param devKeys present only in the dev environment; taking it here makes the test-only keys exist before
     *                they are read
     */
    @Context
    ServerSettings serverSettings(DStoreProperties dstore, PosProperties pos, @Nullable DevKeyFiles devKeys,
                                  @Value("${" + RequestSchemaFilter.ENABLED + ":false}") boolean strictSchema) {
        if (!strictSchema) {
            throw STRICT_SCHEMA.invalid("must be true: the spec's JSON Schema is the only check of D-Store's requests"
                    + " (the generated models carry no validation of their own)");
        }
        String clientId = dstore.getClientId();
        if (clientId == null || clientId.isBlank()) {
            throw CLIENT_ID.missing("the Client-Id D-Store assigned to this POS provider");
        }
        if (!clientId.equals(clientId.strip())) {
            throw CLIENT_ID.invalid("has leading or trailing whitespace; it is signed character for character");
        }
        PublicKey dstoreKey = publicKey(dstore.getPublicKey());
        PrivateKey posKey = privateKey(pos.getPrivateKey());
        return new ServerSettings(clientId, dstoreKey, posKey, tolerance(dstore.getRequestTimeTolerance()),
                url(GATEWAY_URL, dstore.getGatewayUrl()), url(PDS_GATEWAY_URL, dstore.getPdsGatewayUrl()));
    }

    private static PublicKey publicKey(String value) {
        if (value == null || value.isBlank()) {
            throw DSTORE_PUBLIC_KEY.missing("D-Store's RSA public key (base64 X.509, PEM or a file path)");
        }
        try {
            return RsaKeys.publicKey(value, DSTORE_PUBLIC_KEY.name());
        } catch (InvalidKeyException e) {
            throw DSTORE_PUBLIC_KEY.invalid(withoutSetting(e));
        }
    }

    private static PrivateKey privateKey(String value) {
        if (value == null || value.isBlank()) {
            throw POS_PRIVATE_KEY.missing("this POS provider's RSA private key (base64 PKCS#8, PEM or a file path)");
        }
        try {
            return RsaKeys.privateKey(value, POS_PRIVATE_KEY.name());
        } catch (InvalidKeyException e) {
            throw POS_PRIVATE_KEY.invalid(withoutSetting(e));
        }
    }

    /** RsaKeys already prefixes the setting; keep one prefix. */
    private static String withoutSetting(InvalidKeyException e) {
        String prefix = e.setting() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static Duration tolerance(String value) {
        if (value == null || value.isBlank()) {
            return SignatureSettings.DEFAULT_TOLERANCE;
        }
        Optional<Duration> parsed = ConversionService.SHARED.convert(value.strip(), Duration.class);
        if (parsed.isEmpty()) {
            throw REQUEST_TIME_TOLERANCE.invalid("'" + value + "' is not a duration; write e.g. 300s or 5m");
        }
        if (parsed.get().isNegative() || parsed.get().isZero()) {
            throw REQUEST_TIME_TOLERANCE.invalid("must be positive, got " + value);
        }
        return parsed.get();
    }

    private static Optional<URI> url(ConfigKey key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw key.invalid("'" + value + "' is not an absolute http(s) URL");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw key.invalid("'" + value + "' is not a URL (" + e.getReason() + ")");
        }
    }
}

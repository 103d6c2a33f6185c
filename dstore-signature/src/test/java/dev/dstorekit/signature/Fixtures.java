package dev.dstorekit.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Properties;

/** Test-only keys and openssl-made vectors under {@code src/test/resources/signature/} (see README.md there). */
public final class Fixtures {

    public static final String DSTORE_PRIVATE_PKCS8 = "test-only-dstore-private-pkcs8.pem";
    public static final String DSTORE_PRIVATE_PKCS1 = "test-only-dstore-private-pkcs1.pem";
    public static final String DSTORE_PRIVATE_B64 = "test-only-dstore-private.b64";
    public static final String DSTORE_PUBLIC_PEM = "test-only-dstore-public.pem";
    public static final String DSTORE_PUBLIC_B64 = "test-only-dstore-public.b64";
    public static final String DSTORE_PUBLIC_PKCS1 = "test-only-dstore-public-pkcs1.pem";
    public static final String POS_PRIVATE = "test-only-pos-private-pkcs8.pem";
    public static final String POS_PUBLIC = "test-only-pos-public.pem";
    public static final String WEAK_1024_PRIVATE = "test-only-weak-1024-private.pem";
    public static final String EC_PRIVATE = "test-only-ec-private.pem";

    /** All vectors in {@code vectors/}. */
    public static final List<String> VECTORS = List.of("worked-example", "non-ascii", "pretty", "empty", "pos-response");

    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/signature/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture signature/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static PrivateKey dstorePrivateKey() {
        return RsaKeys.privateKey(path(DSTORE_PRIVATE_PKCS8).toString(), "test.private-key");
    }

    public static PublicKey dstorePublicKey() {
        return RsaKeys.publicKey(path(DSTORE_PUBLIC_PEM).toString(), "test.public-key");
    }

    public static PrivateKey posPrivateKey() {
        return RsaKeys.privateKey(path(POS_PRIVATE).toString(), "test.private-key");
    }

    public static PublicKey posPublicKey() {
        return RsaKeys.publicKey(path(POS_PUBLIC).toString(), "test.public-key");
    }

    /** One openssl-made vector: the inputs, the string to sign built by printf, and openssl's signature. */
    public record Vector(String name, String method, String uri, String clientId, String time, byte[] body,
                         byte[] stringToSign, String signatureBase64, String header,
                         String privateKeyFile, String publicKeyFile) {

        public static Vector load(String name) {
            String dir = "vectors/" + name + "/";
            Properties meta = new Properties();
            try (InputStream in = Files.newInputStream(path(dir + "meta.properties"))) {
                meta.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Vector(name, meta.getProperty("method"), meta.getProperty("uri"), meta.getProperty("clientId"),
                    meta.getProperty("time"), bytes(dir + "body.json"), bytes(dir + "string-to-sign.txt"),
                    text(dir + "signature.b64").strip(), text(dir + "signature-header.txt").strip(),
                    meta.getProperty("privateKey"), meta.getProperty("publicKey"));
        }

        public PrivateKey privateKey() {
            return RsaKeys.privateKey(path(privateKeyFile).toString(), "test.private-key");
        }

        public PublicKey publicKey() {
            return RsaKeys.publicKey(path(publicKeyFile).toString(), "test.public-key");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}

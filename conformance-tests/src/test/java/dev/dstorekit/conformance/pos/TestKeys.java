package dev.dstorekit.conformance.pos;

import dev.dstorekit.signature.RsaKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** Key pairs generated for this test run only: D-Store's (the suite signs with it) and the POS's. */
public final class TestKeys {

    public static final KeyPair DSTORE = generate();
    public static final KeyPair POS = generate();

    private TestKeys() {
    }

    /** Base64 PKCS#8, as D-Store hands out private keys. */
    public static String privateBase64(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    /** Base64 X.509 SubjectPublicKeyInfo. */
    public static String publicBase64(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** Writes {@code dstore-private.pem} and {@code pos-public.pem} into {@code dir} and returns {@code dir}. */
    public static Path writePemFiles(Path dir) {
        try {
            Files.writeString(dir.resolve("dstore-private.pem"), RsaKeys.pem(DSTORE.getPrivate()));
            Files.writeString(dir.resolve("pos-public.pem"), RsaKeys.pem(POS.getPublic()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

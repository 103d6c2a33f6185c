package dev.dstorekit.conformance.pos;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.testsupport.TestKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The key files the suite is started with in the tests: D-Store's private key (the suite signs) and the POS's public key. */
public final class PemFiles {

    private PemFiles() {
    }

    /** Writes {@code dstore-private.pem} and {@code pos-public.pem} of {@link TestKeys} into {@code dir} and returns {@code dir}. */
    public static Path write(Path dir) {
        try {
            Files.writeString(dir.resolve("dstore-private.pem"), RsaKeys.pem(TestKeys.DSTORE.getPrivate()));
            Files.writeString(dir.resolve("pos-public.pem"), RsaKeys.pem(TestKeys.POS.getPublic()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

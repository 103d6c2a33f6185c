package dev.dstorekit.signature.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.signature.RsaKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {

    private static final List<String> FILES =
            List.of("pos-private.b64", "pos-private.pem", "pos-public.b64", "pos-public.pem");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DStoreSign.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesOneMatchingPairInEveryFormOwnerOnly(@TempDir Path dir) throws Exception {
        Run run = run("keygen", "--out-dir", dir.toString());

        assertEquals(DStoreSign.OK, run.exitCode(), run.err());
        for (String name : FILES) {
            Path file = dir.resolve(name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), name);
            assertTrue(run.out().contains(file.toString()), "names " + name);
        }
        PrivateKey fromBase64 = RsaKeys.privateKey(dir.resolve("pos-private.b64").toString(), "b64");
        PrivateKey fromPem = RsaKeys.privateKey(dir.resolve("pos-private.pem").toString(), "pem");
        PublicKey publicFromBase64 = RsaKeys.publicKey(dir.resolve("pos-public.b64").toString(), "b64");
        PublicKey publicFromPem = RsaKeys.publicKey(dir.resolve("pos-public.pem").toString(), "pem");
        assertArrayEquals(fromBase64.getEncoded(), fromPem.getEncoded());
        assertArrayEquals(publicFromBase64.getEncoded(), publicFromPem.getEncoded());
        assertEquals(2048, ((RSAPublicKey) publicFromBase64).getModulus().bitLength());
        assertTrue(verifies(fromBase64, publicFromBase64), "the private key signs what the public key verifies");
        String base64Line = Files.readString(dir.resolve("pos-private.b64")).strip();
        assertFalse(base64Line.contains("\n") || base64Line.contains("-----"), "base64 is one line without PEM armour");
        assertFalse(run.out().contains(base64Line.substring(0, 40)), "no key material printed");
    }

    @Test
    void refusesToReplaceAnExistingKeyAndWritesNothing(@TempDir Path dir) throws Exception {
        Path existing = dir.resolve("pos-public.pem");
        Files.writeString(existing, "registered key");

        Run run = run("keygen", "--out-dir", dir.toString());

        assertEquals(DStoreSign.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("exists"), run.err());
        assertEquals("registered key", Files.readString(existing));
        assertFalse(Files.exists(dir.resolve("pos-private.pem")), "no half-written pair");
    }

    @Test
    void refusesKeysShorterThan2048Bits(@TempDir Path dir) {
        Run run = run("keygen", "--out-dir", dir.toString(), "--bits", "1024");

        assertEquals(DStoreSign.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("at least 2048"), run.err());
        assertFalse(Files.exists(dir.resolve("pos-private.pem")));
    }

    @Test
    void namesTheFilesWithTheGivenPrefix(@TempDir Path dir) {
        Run run = run("keygen", "--out-dir", dir.resolve("keys").toString(), "--name", "production");

        assertEquals(DStoreSign.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("keys/production-private.b64")));
        assertTrue(Files.exists(dir.resolve("keys/production-public.pem")));
    }

    private static boolean verifies(PrivateKey privateKey, PublicKey publicKey) throws Exception {
        byte[] message = "POST /v2/pos/createOrder\nC.T.{}".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }
}

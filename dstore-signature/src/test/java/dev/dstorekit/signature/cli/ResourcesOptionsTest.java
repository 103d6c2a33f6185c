package dev.dstorekit.signature.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesOptionsTest {

    private static final String TIME = "2024-05-01T10:00:00+08:00";

    @TempDir
    Path dir;
    private Path resources;
    private Path body;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DStoreSign.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void resourcesFile() throws Exception {
        assertEquals(0, run("keygen", "--out-dir", dir.resolve("keys").toString(), "--name", "pos").exitCode());
        assertEquals(0, run("keygen", "--out-dir", dir.resolve("keys").toString(), "--name", "dstore").exitCode());
        resources = dir.resolve("sandbox.yml");
        Files.writeString(resources, """
                dstore:
                  gatewayEndpoint: https://open-sea.example.com
                  clientId: CLIENT-FROM-FILE
                  publicKey: keys/dstore-public.b64
                pos:
                  gatewayEndpoint: https://pos.example.com
                  privateKey: keys/pos-private.pem
                  publicKey: keys/pos-public.b64
                  posAccountId: ACC-1
                  posStoreId: STORE-1
                """);
        body = dir.resolve("body.json");
        Files.writeString(body, "{\"posStoreId\":\"STORE-1\"}");
    }

    private Run sign(String... extra) {
        String[] base = {"sign", "--resources", resources.toString(), "--uri", "/v2/pos/syncProduct",
                "--body-file", body.toString(), "--request-time", TIME};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    private Run verify(String signature, String signer) {
        return run("verify", "--resources", resources.toString(), "--signer", signer, "--uri", "/v2/pos/syncProduct",
                "--body-file", body.toString(), "--request-time", TIME, "--signature", signature);
    }

    @Test
    void signsWithThePosKeyAndClientIdOfTheResourcesFile() {
        Run signed = sign();

        assertEquals(0, signed.exitCode(), signed.err());
        assertEquals("valid", verify(signed.out().strip(), "pos").out().strip());
        assertEquals(DStoreSign.INVALID, verify(signed.out().strip(), "dstore").exitCode(),
                "D-Store's public key does not verify the POS's signature");
    }

    @Test
    void anOptionGivenOnTheCommandLineWinsOverTheFile() {
        Run signed = sign("--client-id", "OTHER-CLIENT");

        assertEquals(0, signed.exitCode(), signed.err());
        Run verified = verify(signed.out().strip(), "pos");
        assertEquals(DStoreSign.INVALID, verified.exitCode(), "signed for OTHER-CLIENT, checked for CLIENT-FROM-FILE");
    }

    @Test
    void aBadResourcesFileIsBadInputNamingTheField() throws Exception {
        Files.writeString(resources, Files.readString(resources).replace("  clientId: CLIENT-FROM-FILE\n", ""));

        Run run = sign();

        assertEquals(DStoreSign.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("dstore.clientId: required"), run.err());
    }

    @Test
    void withoutResourcesFileAMissingKeyNamesBothWaysToGiveIt() {
        Run run = run("sign", "--client-id", "C", "--uri", "/x", "--body-file", body.toString());

        assertEquals(DStoreSign.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("missing --private-key (or --resources FILE)"), run.err());
    }
}

package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.PemFiles;
import dev.dstorekit.testsupport.TestKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --resources FILE}: the suite's settings from a resources file, with the flags winning over it. */
class ConformanceMainResourcesTest {

    @TempDir
    Path dir;

    private Path resources() throws Exception {
        PemFiles.write(dir);
        Path file = dir.resolve("sandbox.yml");
        Files.writeString(file, """
                environment: sandbox
                dstore:
                  gatewayEndpoint: http://127.0.0.1:9999
                  clientId: CLIENT-FROM-FILE
                  publicKey: %s
                  privateKey: dstore-private.pem
                pos:
                  gatewayEndpoint: http://127.0.0.1:8080
                  privateKey: %s
                  publicKey: pos-public.pem
                  posAccountId: ACC-FROM-FILE
                  posStoreId: STORE-FROM-FILE
                """.formatted(TestKeys.base64(TestKeys.DSTORE.getPublic()), TestKeys.base64(TestKeys.POS.getPrivate())));
        return file;
    }

    private static Map<String, String> settings(String... args) {
        ConformanceMain main = new ConformanceMain();
        new CommandLine(main).parseArgs(args);
        return main.settings();
    }

    @Test
    void theResourcesFileSuppliesTargetIdentityAndKeys() throws Exception {
        Map<String, String> settings = settings("--resources", resources().toString());

        assertEquals("http://127.0.0.1:8080", settings.get(Settings.TARGET));
        assertEquals("CLIENT-FROM-FILE", settings.get(Settings.CLIENT_ID));
        assertEquals(dir.resolve("dstore-private.pem").toString(), settings.get(Settings.DSTORE_PRIVATE_KEY));
        assertEquals(dir.resolve("pos-public.pem").toString(), settings.get(Settings.POS_PUBLIC_KEY));
        assertEquals("ACC-FROM-FILE", settings.get(Settings.POS_ACCOUNT_ID));
        assertEquals("STORE-FROM-FILE", settings.get(Settings.POS_STORE_ID));
        ConformanceConfig.from(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void aFlagWinsOverTheResourcesFile() throws Exception {
        Map<String, String> settings = settings("--resources", resources().toString(), "--target", "http://127.0.0.1:7000",
                "--pos-store-id", "STORE-FROM-FLAG");

        assertEquals("http://127.0.0.1:7000", settings.get(Settings.TARGET));
        assertEquals("STORE-FROM-FLAG", settings.get(Settings.POS_STORE_ID));
        assertEquals("CLIENT-FROM-FILE", settings.get(Settings.CLIENT_ID));
    }

    @Test
    void aBadResourcesFileIsBadUsageNamingTheField() throws Exception {
        Path file = resources();
        Files.writeString(file, Files.readString(file).replace("  posStoreId: STORE-FROM-FILE\n", ""));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, ConformanceMain.execute("--resources", file.toString()));
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("pos.posStoreId: required"), captured.toString());
    }
}

package dev.dstorekit.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.resources.ResourcesFileException.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesFileTest {

    private static KeyPair dstore;
    private static KeyPair pos;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        dstore = generator.generateKeyPair();
        pos = generator.generateKeyPair();
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }

    private static Path write(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("sandbox.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String valid(String posPrivateKey) {
        return """
                environment: sandbox
                dstore:
                  gatewayEndpoint: https://open-sea.example.com
                  clientId: CLIENT-1
                  publicKey: %s
                  webPageDomain: https://shop.example.com
                pos:
                  gatewayEndpoint: https://pos.example.com/dstore
                  privateKey: %s
                  publicKey: %s
                  posAccountId: ACC-1
                  posStoreId: STORE-1
                """.formatted(base64(dstore.getPublic().getEncoded()), posPrivateKey,
                base64(pos.getPublic().getEncoded()));
    }

    @Test
    void readsEveryResourceOfTheGuidesTable(@TempDir Path dir) throws Exception {
        Resources resources = ResourcesFile.read(write(dir, valid(base64(pos.getPrivate().getEncoded()))));

        assertEquals("sandbox", resources.environment());
        assertEquals(URI.create("https://open-sea.example.com"), resources.dstore().gatewayEndpoint());
        assertEquals("CLIENT-1", resources.dstore().clientId());
        assertEquals("https://shop.example.com", resources.dstore().webPageDomain());
        assertNull(resources.dstore().privateKey());
        assertArrayEquals(dstore.getPublic().getEncoded(), resources.dstore().parsedPublicKey().getEncoded());
        assertEquals(URI.create("https://pos.example.com/dstore"), resources.pos().gatewayEndpoint());
        assertArrayEquals(pos.getPrivate().getEncoded(), resources.pos().parsedPrivateKey().getEncoded());
        assertArrayEquals(pos.getPublic().getEncoded(), resources.pos().parsedPublicKey().getEncoded());
        assertEquals("ACC-1", resources.pos().posAccountId());
        assertEquals("STORE-1", resources.pos().posStoreId());
    }

    @Test
    void keyPathsAreRelativeToTheResourcesFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("keys/pos-private.b64"), base64(pos.getPrivate().getEncoded()));

        Resources resources = ResourcesFile.read(write(dir, valid("keys/pos-private.b64")));

        assertEquals(dir.resolve("keys/pos-private.b64").toAbsolutePath().toString(), resources.pos().privateKey());
        assertArrayEquals(pos.getPrivate().getEncoded(), resources.pos().parsedPrivateKey().getEncoded());
    }

    @Test
    void aMissingResourceIsNamed(@TempDir Path dir) throws Exception {
        String yaml = valid(base64(pos.getPrivate().getEncoded())).replaceAll("(?m)^  posStoreId: .*\\n", "");

        ResourcesFileException e = assertThrows(ResourcesFileException.class, () -> ResourcesFile.read(write(dir, yaml)));

        assertEquals(Problem.INVALID_FIELD, e.problem());
        assertEquals("pos.posStoreId", e.field());
        assertTrue(e.getMessage().startsWith(dir.resolve("sandbox.yml") + ": pos.posStoreId: required"), e.getMessage());
    }

    @Test
    void aMisspelledFieldIsNamedRatherThanIgnored(@TempDir Path dir) throws Exception {
        String yaml = valid(base64(pos.getPrivate().getEncoded())).replace("webPageDomain", "webPageDomian");

        ResourcesFileException e = assertThrows(ResourcesFileException.class, () -> ResourcesFile.read(write(dir, yaml)));

        assertEquals(Problem.INVALID_FIELD, e.problem());
        assertEquals("dstore.webPageDomian", e.field());
    }

    @Test
    void anEndpointThatIsNoUrlIsRefused(@TempDir Path dir) throws Exception {
        String yaml = valid(base64(pos.getPrivate().getEncoded())).replace("https://pos.example.com/dstore", "pos.example.com");

        ResourcesFileException e = assertThrows(ResourcesFileException.class, () -> ResourcesFile.read(write(dir, yaml)));

        assertEquals("pos.gatewayEndpoint", e.field());
        assertTrue(e.getMessage().contains("URL"), e.getMessage());
    }

    @Test
    void anUnusableKeyIsNamedWithoutEchoingIt(@TempDir Path dir) throws Exception {
        String bad = base64("not a key at all, just bytes".getBytes());

        ResourcesFileException e = assertThrows(ResourcesFileException.class, () -> ResourcesFile.read(write(dir, valid(bad))));

        assertEquals(Problem.INVALID_KEY, e.problem());
        assertEquals("pos.privateKey", e.field());
        assertFalse(e.getMessage().contains(bad), e.getMessage());
    }

    @Test
    void aMissingKeyFileIsNamed(@TempDir Path dir) throws Exception {
        ResourcesFileException e = assertThrows(ResourcesFileException.class,
                () -> ResourcesFile.read(write(dir, valid("keys/absent.pem"))));

        assertEquals(Problem.INVALID_KEY, e.problem());
        assertTrue(e.getMessage().contains("no such key file"), e.getMessage());
    }

    @Test
    void textThatIsNotYamlIsRefused(@TempDir Path dir) throws Exception {
        ResourcesFileException e = assertThrows(ResourcesFileException.class,
                () -> ResourcesFile.read(write(dir, "dstore: [unclosed\n  pos: {")));

        assertEquals(Problem.NOT_YAML, e.problem());
    }

    @Test
    void aFileThatCannotBeReadIsRefused(@TempDir Path dir) {
        ResourcesFileException e = assertThrows(ResourcesFileException.class,
                () -> ResourcesFile.read(dir.resolve("absent.yml")));

        assertEquals(Problem.UNREADABLE, e.problem());
    }
}

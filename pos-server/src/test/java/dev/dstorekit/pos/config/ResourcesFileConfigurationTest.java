package dev.dstorekit.pos.config;

import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dstore.resources}: the server's identity and keys from a resources file, below every other setting. */
class ResourcesFileConfigurationTest {

    @TempDir
    Path dir;

    private Path resourcesFile() throws Exception {
        Files.writeString(dir.resolve("pos-private.pem"), RsaKeys.pem(TestKeys.POS.getPrivate()));
        return Files.writeString(dir.resolve("sandbox.yml"), """
                environment: sandbox
                dstore:
                  gatewayEndpoint: https://gateway.example.com
                  clientId: CLIENT_FROM_FILE
                  publicKey: %s
                pos:
                  gatewayEndpoint: https://pos.example.com
                  privateKey: pos-private.pem
                  publicKey: %s
                  posAccountId: %s
                  posStoreId: %s
                """.formatted(TestKeys.base64(TestKeys.DSTORE.getPublic()), TestKeys.base64(TestKeys.POS.getPublic()),
                PosServer.ACCOUNT, PosServer.AUTO_STORE));
    }

    private static Map<String, Object> withoutIdentity(Path resources) {
        Map<String, Object> properties = ConfigurationTest.properties();
        properties.remove("dstore.client-id");
        properties.remove("dstore.public-key");
        properties.remove("pos.private-key");
        properties.put("dstore.resources", resources.toString());
        return properties;
    }

    @Test
    void theResourcesFileSuppliesClientIdKeysAndGateway() throws Exception {
        try (ApplicationContext context = ApplicationContext.builder().properties(withoutIdentity(resourcesFile())).start()) {
            SignatureSettings settings = context.getBean(SignatureSettings.class);
            assertEquals("CLIENT_FROM_FILE", settings.clientId());
            assertEquals(Optional.of("https://gateway.example.com"), context.getProperty("dstore.gateway-url", String.class));
            assertEquals(Optional.of("https://gateway.example.com"),
                    context.getProperty("micronaut.http.services.dstore.url", String.class));
            assertArrayEquals(TestKeys.POS.getPrivate().getEncoded(),
                    context.getBean(ServerSettings.class).posPrivateKey().getEncoded());
        }
    }

    @Test
    void everyExplicitSettingWinsOverTheFile() throws Exception {
        Map<String, Object> properties = withoutIdentity(resourcesFile());
        properties.put("dstore.client-id", PosServer.CLIENT_ID);
        properties.put("dstore.gateway-url", "http://127.0.0.1:9");

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            assertEquals(PosServer.CLIENT_ID, context.getBean(SignatureSettings.class).clientId());
            assertEquals(Optional.of("http://127.0.0.1:9"), context.getProperty("dstore.gateway-url", String.class));
        }
    }

    @Test
    void aBadResourcesFileStopsStartUpNamingTheFileAndTheField() throws Exception {
        Path file = resourcesFile();
        Files.writeString(file, Files.readString(file).replace("  clientId: CLIENT_FROM_FILE\n", ""));

        String message = ConfigurationTest.startFailure(withoutIdentity(file));

        assertTrue(message.contains("dstore.resources (DSTORE_RESOURCES): " + file + ": dstore.clientId: required"), message);
    }

    @Test
    void theFileCanBeNamedInTheEnvironment() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("DSTORE_RESOURCES", resourcesFile().toString());
        environment.put("POS_MERCHANTS_0__POS_ACCOUNT_ID", "ENV-ACCOUNT");
        environment.put("POS_MERCHANTS_0__STORES_0__POS_STORE_ID", "ENV-STORE-A");
        environment.put("POS_MERCHANTS_0__API_TOKEN", Merchant.TOKEN);
        environment.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:resources;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

        String output = ConfigurationTest.probe(environment);

        assertTrue(output.contains("CLIENT CLIENT_FROM_FILE"), output);
    }
}

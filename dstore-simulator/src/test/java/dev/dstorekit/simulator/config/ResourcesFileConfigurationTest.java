package dev.dstorekit.simulator.config;

import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dstore.resources}: the simulator's identity, keys and POS endpoint from the resources file of a local run. */
class ResourcesFileConfigurationTest {

    @TempDir
    Path dir;

    private Path resourcesFile(String clientId) throws Exception {
        Files.writeString(dir.resolve("dstore-private.b64"), TestKeys.base64(TestKeys.DSTORE.getPrivate()));
        return Files.writeString(dir.resolve("local.yml"), """
                environment: sandbox
                dstore:
                  gatewayEndpoint: http://127.0.0.1:9000
                  clientId: %s
                  publicKey: %s
                  privateKey: dstore-private.b64
                pos:
                  gatewayEndpoint: http://127.0.0.1:18123
                  privateKey: %s
                  publicKey: %s
                  posAccountId: MER-1
                  posStoreId: STORE-1
                """.formatted(clientId, TestKeys.base64(TestKeys.DSTORE.getPublic()), TestKeys.base64(TestKeys.POS.getPrivate()),
                TestKeys.base64(TestKeys.POS.getPublic())));
    }

    @Test
    void theResourcesFileSuppliesClientIdKeysAndThePosEndpoint() throws Exception {
        Path file = resourcesFile("CLIENT_FROM_FILE");
        try (ApplicationContext context = ApplicationContext.run(Map.of("dstore.resources", file.toString()))) {
            assertEquals("CLIENT_FROM_FILE", context.getBean(SignatureSettings.class).clientId());
            assertEquals(URI.create("http://127.0.0.1:18123"), context.getBean(SimulatorSettings.class).requirePosGatewayUrl());
        }
    }

    @Test
    void explicitSettingsWinOverTheFile() throws Exception {
        Path file = resourcesFile("CLIENT_FROM_FILE");
        try (ApplicationContext context = ApplicationContext.run(Map.of("dstore.resources", file.toString(),
                "simulator.client-id", "CLIENT_SET_EXPLICITLY"))) {
            assertEquals("CLIENT_SET_EXPLICITLY", context.getBean(SignatureSettings.class).clientId());
        }
    }

    @Test
    void withoutTheFileTheIdentityIsMissing() {
        try (ApplicationContext context = ApplicationContext.run()) {
            BeanInstantiationException refused = assertThrows(BeanInstantiationException.class,
                    () -> context.getBean(SignatureSettings.class));
            assertTrue(refused.getMessage().contains("simulator.client-id"), refused.getMessage());
        }
    }
}

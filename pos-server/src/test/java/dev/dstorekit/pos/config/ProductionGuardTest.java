package dev.dstorekit.pos.config;

import dev.dstorekit.pos.support.Failures;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.testsupport.SelfSignedCertificate;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code production} environment: HTTPS with a given certificate, and no start with dev keys, a test-only
 * Client-Id or plain HTTP without a TLS-terminating proxy.
 */
class ProductionGuardTest {

    @TempDir
    Path dir;

    /** A valid production configuration behind a TLS-terminating proxy; tests change one thing. */
    private Map<String, Object> production() {
        Map<String, Object> properties = ConfigurationTest.properties();
        properties.put("dstore.client-id", "5J5Y3N2F2KQ7");
        properties.put("pos.data-dir", dir.toString());
        properties.put("pos.behind-tls-proxy", "true");
        return properties;
    }

    private static String productionStartFailure(Map<String, Object> properties) {
        Exception e = assertThrows(Exception.class,
                () -> ApplicationContext.builder().environments(ProductionGuard.PRODUCTION).properties(properties).start().close());
        return Failures.messages(e);
    }

    @Test
    void aProductionConfigurationBehindATlsProxyStarts() {
        try (ApplicationContext context = ApplicationContext.builder().environments(ProductionGuard.PRODUCTION)
                .properties(production()).start()) {
            assertTrue(context.containsBean(ProductionGuard.class));
        }
    }

    @Test
    void plainHttpWithoutAStatedTlsProxyIsRefused() {
        Map<String, Object> properties = production();
        properties.remove("pos.behind-tls-proxy");

        String message = productionStartFailure(properties);

        assertTrue(message.contains("micronaut.server.ssl.enabled: the production environment does not serve plain HTTP"),
                message);
        assertTrue(message.contains("pos.behind-tls-proxy=true"), message);
    }

    @Test
    void aTestOnlyClientIdIsRefused() {
        Map<String, Object> properties = production();
        properties.put("dstore.client-id", "DEV_TEST_ONLY_CLIENT");

        assertTrue(productionStartFailure(properties).contains("dstore.client-id: 'DEV_TEST_ONLY_CLIENT' is marked TEST"));
    }

    @Test
    void theDevKeysAreRefusedByNameAndByContent() throws Exception {
        Path devKeys = Files.createDirectories(dir.resolve("dev-keys"));
        Path devKey = Files.writeString(devKeys.resolve("TEST-ONLY-pos-private.pem"), RsaKeys.pem(TestKeys.POS.getPrivate()));
        Map<String, Object> byName = production();
        byName.put("pos.private-key", devKey.toString());
        Map<String, Object> byContent = production();
        byContent.put("pos.private-key", TestKeys.base64(TestKeys.POS.getPrivate()));

        assertTrue(productionStartFailure(byName).contains("pos.private-key: names a TEST-ONLY dev key"));
        assertTrue(productionStartFailure(byContent).contains("pos.private-key: is the TEST-ONLY dev key of"));
    }

    @Test
    void generatingDevKeysIsRefused() {
        Map<String, Object> properties = production();
        properties.put("pos.dev-keys.generate", "true");

        assertTrue(productionStartFailure(properties).contains("pos.dev-keys.generate: must not be true"));
    }

    @Test
    void otherEnvironmentsAreNotGuarded() {
        Map<String, Object> properties = production();
        properties.remove("pos.behind-tls-proxy");
        properties.put("dstore.client-id", "DEV_TEST_ONLY_CLIENT");

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            assertFalse(context.containsBean(ProductionGuard.class));
        }
    }

    @Test
    void servesHttpsWithTheGivenCertificateInProduction() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.forLoopback();
        Map<String, Object> properties = production();
        properties.remove("pos.behind-tls-proxy");
        properties.put("micronaut.server.ssl.enabled", "true");
        properties.put("micronaut.server.ssl.port", -1);
        properties.put("micronaut.server.ssl.key-store.path", "file:" + certificate.writeKeyStore(dir));
        properties.put("micronaut.server.ssl.key-store.password", SelfSignedCertificate.PASSWORD);
        properties.put("micronaut.server.ssl.key-store.type", "PKCS12");

        try (ApplicationContext context = ApplicationContext.builder().environments(ProductionGuard.PRODUCTION)
                .properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            URI uri = URI.create("https://127.0.0.1:" + server.getPort() + "/v2/pos/createOrder");
            HttpClient client = HttpClient.newBuilder().sslContext(certificate.trustingClient()).build();

            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals("https", server.getScheme());
            Certificate presented = response.sslSession().orElseThrow().getPeerCertificates()[0];
            assertEquals(certificate.certificate(), presented);
            assertTrue(response.body().contains("\"result\""), "an unsigned call is answered over TLS: " + response.body());
        }
    }
}

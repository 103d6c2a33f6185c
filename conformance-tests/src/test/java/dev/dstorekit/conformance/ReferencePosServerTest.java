package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.TestKeys;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reference POS server (module pos-server) passes the whole suite: started in-process on its embedded
 * database with generated keys and one merchant store, its D-Store gateway pointed at the suite's endpoint.
 * Runs in its own surefire execution, the only one with pos-server on the class path (see the pom).
 */
class ReferencePosServerTest {

    static final String APPLICATION = "dev.dstorekit.pos.Application";

    @Test
    void referencePosServerPassesEveryCase(@TempDir Path dir) {
        try {
            Class.forName(APPLICATION);
        } catch (ClassNotFoundException e) {
            fail("pos-server is not on the test class path: this test needs the test-scope dependency "
                    + "dev.dstorekit:pos-server (see the reference-pos-server execution in conformance-tests/pom.xml)");
        }
        int port = SuiteRun.freePort();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("dstore.client-id", TestPos.CLIENT_ID);
        properties.put("dstore.public-key", TestKeys.publicBase64(TestKeys.DSTORE));
        properties.put("dstore.gateway-url", SuiteRun.dstoreUrl(port).toString());
        properties.put("pos.private-key", TestKeys.privateBase64(TestKeys.POS));
        properties.put("pos.data-dir", dir.resolve("data").toString());
        properties.put("pos.merchants.0.pos-account-id", TestPos.ACCOUNT);
        properties.put("pos.merchants.0.api-token", "test-only-merchant-token-0123456789abcdef");
        properties.put("pos.merchants.0.stores.0.pos-store-id", TestPos.STORE);
        properties.put("pos.merchants.0.stores.0.auto-accept", true);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            Map<String, String> settings = new HashMap<>(SuiteRun.settings(server.getURI(), port, dir.resolve("reports")));
            settings.put(Settings.CREATE_ORDER_BUDGET, "8s");

            ConformanceRunner.Result result = SuiteRun.run(settings);

            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), SuiteRun.explain(result));
            assertTrue(result.passed(), SuiteRun.explain(result));
            // outbound cases may be skipped (reported) until the server's outbound calls exist; they never pass by default
            System.out.println("Reference POS server: " + result.outcomes().size() + " cases, skipped: "
                    + SuiteRun.caseNames(result, CaseOutcome.Status.SKIPPED));
        }
    }
}

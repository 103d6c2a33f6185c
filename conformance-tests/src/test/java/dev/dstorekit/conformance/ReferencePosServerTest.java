package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reference POS server (module pos-server) passes the whole suite, on its embedded default database and on
 * PostgreSQL (a fresh database per run, on the server of DSTORE_TEST_DB_URL): started in-process with generated
 * keys and one merchant store, its D-Store gateway pointed at the suite's endpoint. Runs in its own surefire
 * execution, the only one with pos-server on the class path (see the pom).
 */
@Execution(ExecutionMode.CONCURRENT) // each test runs a whole suite against its own server
class ReferencePosServerTest {

    static final String APPLICATION = "dev.dstorekit.pos.Application";

    @BeforeAll
    static void posServerIsOnTheClassPath() {
        try {
            Class.forName(APPLICATION);
        } catch (ClassNotFoundException e) {
            fail("pos-server is not on the test class path: this test needs the test-scope dependency "
                    + "dev.dstorekit:pos-server (see the reference-pos-server execution in conformance-tests/pom.xml)");
        }
    }

    @Test
    void referencePosServerPassesEveryCaseOnItsEmbeddedDatabase(@TempDir Path dir) {
        Map<String, Object> properties = properties();
        properties.put("pos.data-dir", dir.resolve("data").toString());
        passesEveryCase(properties, dir, "embedded database", "embedded");
    }

    @Test
    void referencePosServerPassesEveryCaseOnPostgresql(@TempDir Path dir) {
        try (PostgresDatabase database = PostgresDatabase.create("reference")) {
            Map<String, Object> properties = properties();
            properties.put("pos.data-dir", dir.resolve("data").toString());
            properties.put("datasources.default.url", database.url());
            properties.put("datasources.default.username", database.user());
            properties.put("datasources.default.password", database.password());
            passesEveryCase(properties, dir, "PostgreSQL", "postgresql");
        }
    }

    /**
     * Runs the suite and keeps its acceptance evidence pack in {@code target/evidence-pack/<name>} (a CI artefact:
     * what a POS team hands D-Store's solution architect, made here against the reference server).
     */
    private static void passesEveryCase(Map<String, Object> properties, Path dir, String database, String name) {
        int port = SuiteRun.freePort();
        properties.put("dstore.gateway-url", SuiteRun.dstoreUrl(port).toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            Map<String, String> settings = new HashMap<>(SuiteRun.settings(server.getURI(), port, dir.resolve("reports")));
            settings.put(Settings.CREATE_ORDER_BUDGET, "8s");
            Path evidence = Path.of("target", "evidence-pack", name);
            settings.put(Settings.EVIDENCE_DIR, evidence.toString());

            ConformanceRunner.Result result = SuiteRun.run(settings);

            assertEquals(Set.of(), SuiteRun.caseNames(result, CaseOutcome.Status.FAILED), "on its " + database + ":"
                    + SuiteRun.explain(result));
            assertTrue(result.passed(), SuiteRun.explain(result));
            assertTrue(readSummary(evidence).contains("| createOrder | yes | PASSED |"), "the evidence pack's summary grades createOrder PASSED");
            // outbound cases may be skipped (reported) until the server's outbound calls exist; they never pass by default
            System.out.println("Reference POS server on its " + database + ": " + result.outcomes().size()
                    + " cases, skipped: " + SuiteRun.caseNames(result, CaseOutcome.Status.SKIPPED));
        }
    }

    /** Generated keys, one merchant store with auto-accept, any free port. */
    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("dstore.client-id", TestPos.CLIENT_ID);
        properties.put("dstore.public-key", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        properties.put("pos.private-key", TestKeys.base64(TestKeys.POS.getPrivate()));
        properties.put("pos.merchants.0.pos-account-id", TestPos.ACCOUNT);
        properties.put("pos.merchants.0.api-token", "test-only-merchant-token-0123456789abcdef");
        properties.put("pos.merchants.0.stores.0.pos-store-id", TestPos.STORE);
        properties.put("pos.merchants.0.stores.0.auto-accept", true);
        return properties;
    }

    private static String readSummary(Path evidence) {
        try {
            return Files.readString(evidence.resolve("summary.md"));
        } catch (IOException e) {
            throw new UncheckedIOException("no evidence pack summary in " + evidence, e);
        }
    }
}

package dev.dstorekit.conformance;

import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.conformance.report.CaseOutcome;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs the conformance suite (or some of its areas) against a POS, with settings fit for a quick test run. */
final class SuiteRun {

    /** Enough for every kind of string, integer pattern and long-array shape to come up once. */
    static final int GENERATED_REQUESTS = Integer.getInteger("dstore.conformance.test-generated-requests", 5);
    /** The seed of the module's own runs (a standalone run draws one at random). */
    static final long SEED = Long.getLong("dstore.conformance.test-seed", 20261205L);

    private SuiteRun() {
    }

    /** A free port for the embedded D-Store endpoint, so the POS can be told where it is before the suite starts. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI dstoreUrl(int port) {
        return URI.create("http://localhost:" + port);
    }

    /** Settings for the suite against {@code target}: generated keys, the test store and products, short waits. */
    static Map<String, String> settings(URI target, int dstorePort, Path reportDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put(Settings.TARGET, target.toString());
        settings.put(Settings.CLIENT_ID, TestPos.CLIENT_ID);
        settings.put(Settings.DSTORE_PRIVATE_KEY, TestKeys.base64(TestKeys.DSTORE.getPrivate()));
        settings.put(Settings.POS_PUBLIC_KEY, TestKeys.base64(TestKeys.POS.getPublic()));
        settings.put(Settings.POS_ACCOUNT_ID, TestPos.ACCOUNT);
        settings.put(Settings.POS_STORE_ID, TestPos.STORE);
        settings.put(Settings.PRODUCT_IDS, TestPos.PRODUCTS);
        settings.put(Settings.REPORT_DIR, reportDir.toString());
        settings.put(Settings.TIMING_CALLS, "5");
        settings.put(Settings.CREATE_ORDER_BUDGET, "1s");
        settings.put(Settings.DSTORE_PORT, Integer.toString(dstorePort));
        settings.put(Settings.OUTBOUND_WAIT, "3s");
        // the data-acceptance cases' requests: few, so the module's own tests stay quick; a fixed seed, so a failure
        // of these tests can be replayed
        settings.put(Settings.GENERATED_REQUESTS, Integer.toString(GENERATED_REQUESTS));
        settings.put(Settings.SEED, Long.toString(SEED));
        return settings;
    }

    /** Runs the given areas ({@code cases} classes), or all of them when none are given. */
    static ConformanceRunner.Result run(Map<String, String> settings, Class<?>... areas) {
        if (areas.length == 0) {
            return ConformanceRunner.run(settings);
        }
        List<DiscoverySelector> selectors = Arrays.stream(areas).map(DiscoverySelectors::selectClass)
                .map(DiscoverySelector.class::cast).toList();
        return ConformanceRunner.run(settings, selectors);
    }

    static Set<String> caseNames(ConformanceRunner.Result result, CaseOutcome.Status status) {
        return result.outcomes().stream().filter(o -> o.status() == status).map(CaseOutcome::caseName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** For assertion messages: every non-passing outcome with its message. */
    static String explain(ConformanceRunner.Result result) {
        return result.outcomes().stream().filter(o -> o.status() != CaseOutcome.Status.PASSED)
                .map(o -> o.status() + " " + o.fullName() + ": " + o.message())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(key, value);
        return copy;
    }
}

package dev.dstorekit.simulator.support;

import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A simulator wired to an in-test {@link FakePos}: the fake's merchant API is the merchant driver, createOrder's
 * budget is 2.5 s instead of 8 s, and scenarios run 600 times faster than real time.
 */
public abstract class AgainstFakePos implements TestPropertyProvider {

    protected static final double SPEED = 600;

    protected final FakePos fakePos = new FakePos(Duration.ofMillis(4000)); // slower than the 2.5 s budget below
    protected final Path directory = tempDirectory();
    protected final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected ScenarioRunner runner;
    @Inject
    protected ViolationLog violations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.pos.gateway-url", fakePos.uri().toString());
        properties.put("simulator.merchant-driver", fakePos.merchantScript(directory).toString());
        // short, so the lost-answer cases run fast; not so short that a loaded machine's first (cold) answer misses it
        properties.put("simulator.pos.create-order-budget", "2500ms");
        properties.put("simulator.catalog-wait", "5s");
        properties.put("simulator.scenario-dirs", scenarioDirectory().toString());
        return properties;
    }

    /** Extra scenario files for the test, none by default. */
    protected Path scenarioDirectory() {
        try {
            return Files.createDirectories(directory.resolve("scenarios"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    protected void connectFakePos() {
        fakePos.connect(server.getURI(), json);
        assertEquals(List.of("SUCCESS", "SUCCESS"), fakePos.syncCatalogs());
    }

    @BeforeEach
    protected void resetFakePos() {
        fakePos.behave();
        violations.clear();
        progress.clear();
    }

    @AfterAll
    protected void stopFakePos() {
        fakePos.close();
    }

    protected RunReport run(String scenario) {
        return runner.run(scenario, new RunOptions(42, SPEED, Duration.ofSeconds(5), true), progress::add);
    }

    protected static Set<ViolationKind> errorKinds(RunReport report) {
        return report.violations().stream().filter(Violation::isError).map(Violation::kind).collect(Collectors.toSet());
    }

    protected String log() {
        return String.join("\n", progress);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("dstore-simulator-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.dstorekit.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The CI recipes a POS team copies from {@code examples/ci} work as written: their commands run here, in order,
 * against dstore-kit's reference POS server (which the recipes start in place of the team's), the conformance suite
 * passes, and the reports the recipes keep as artefacts are there. {@code uses:} steps, which only GitHub can run, are
 * checked for what this machine provides instead (Java 17) or for what they keep (the report directory). The
 * recipes' clone and build steps find dstore-kit already built here, as they would in a cache.
 */
@Execution(ExecutionMode.CONCURRENT)
class CiRecipesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CI = StackPaths.repository().resolve("examples/ci");
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void githubActionsWorkflowRunsTheSuiteAgainstThePosAndKeepsTheReports() throws IOException {
        JsonNode workflow = YAML.readTree(CI.resolve("github-actions/dstore-conformance.yml").toFile());
        JsonNode job = workflow.path("jobs").path("conformance");
        Path workspace = workspace("github-actions");
        Map<String, String> env = environment(workflow.path("env"), job.path("env"));
        List<String> failures = new ArrayList<>();
        List<Path> artefacts = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            boolean always = step.path("if").asText().equals("always()");
            if (!failures.isEmpty() && !always) {
                continue;
            }
            String action = step.path("uses").asText("");
            if (action.startsWith("actions/setup-java@")) {
                assertEquals("17", step.path("with").path("java-version").asText(), "the suite needs Java 17");
            } else if (action.startsWith("actions/upload-artifact@")) {
                artefacts.add(workspace.resolve(step.path("with").path("path").asText()));
            } else if (!action.isEmpty()) {
                fail("no stand-in for " + action + ": the test must learn what it does");
            } else {
                Map<String, String> stepEnv = new LinkedHashMap<>(env);
                stepEnv.putAll(environment(step.path("env")));
                Processes.Result result = Processes.start(workspace, stepEnv, STEP_TIMEOUT,
                        List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.path("run").asText()));
                System.out.println("github-actions step '" + step.path("name").asText() + "': exit " + result.exitCode());
                if (result.exitCode() != 0) {
                    failures.add(step.path("name").asText() + " exited " + result.exitCode() + ":\n" + result.output());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(1, artefacts.size(), "the workflow keeps the reports");
        assertReports(artefacts.get(0));
    }

    @Test
    void gitlabCiJobRunsTheSuiteAgainstThePosAndKeepsTheReports() throws IOException {
        JsonNode job = YAML.readTree(CI.resolve("gitlab/.gitlab-ci.yml").toFile()).path("dstore-conformance");
        Path workspace = workspace("gitlab");
        Map<String, String> env = environment(job.path("variables"));
        // one shell for before_script and script, stopping at the first failing line, as GitLab's runner does
        List<String> lines = new ArrayList<>();
        job.path("before_script").forEach(line -> lines.add(line.asText()));
        job.path("script").forEach(line -> lines.add(line.asText()));
        Processes.Result script = Processes.start(workspace, env, STEP_TIMEOUT.multipliedBy(2),
                List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", String.join("\n", lines)));
        List<String> after = new ArrayList<>();
        job.path("after_script").forEach(line -> after.add(line.asText()));
        Processes.Result afterScript = Processes.start(workspace, env, STEP_TIMEOUT,
                List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", String.join("\n", after)));
        System.out.println("gitlab job: script exit " + script.exitCode() + ", after_script exit " + afterScript.exitCode());
        assertEquals(0, script.exitCode(), script.output());
        assertEquals(0, afterScript.exitCode(), afterScript.output());
        assertEquals("always", job.path("artifacts").path("when").asText());
        assertReports(workspace.resolve(job.path("artifacts").path("paths").get(0).asText()));
        String junit = job.path("artifacts").path("reports").path("junit").asText();
        try (Stream<Path> files = Files.list(workspace.resolve(junit.substring(0, junit.indexOf('/'))))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".xml")), "GitLab's JUnit report path matches no file");
        }
    }

    private static void assertReports(Path reports) throws IOException {
        assertTrue(Files.isRegularFile(reports.resolve("conformance-report.md")), "no conformance-report.md in " + reports);
        try (Stream<Path> files = Files.list(reports)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".xml")), "no JUnit XML in " + reports);
        }
        String summary = Files.readString(reports.resolve("conformance-report.md"));
        System.out.println("ci recipe reports: " + summary.lines().filter(l -> !l.isBlank()).limit(3).toList());
    }

    /** A fresh directory holding dstore-kit as the recipes' clone step leaves it: here, this very checkout. */
    private static Path workspace(String name) throws IOException {
        Path workspace = StackPaths.work("ci").resolve(name);
        if (Files.exists(workspace)) {
            try (Stream<Path> files = Files.walk(workspace)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(workspace);
        Files.createSymbolicLink(workspace.resolve("dstore-kit"), StackPaths.repository());
        return workspace;
    }

    /** The recipe's variables, with free ports in place of 8080 and 8090 (other builds may hold those here). */
    private static Map<String, String> environment(JsonNode... blocks) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode block : blocks) {
            block.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        if (env.containsKey("POS_PORT")) {
            env.put("POS_PORT", Integer.toString(freePort()));
            env.put("DSTORE_PORT", Integer.toString(freePort()));
        }
        return env;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

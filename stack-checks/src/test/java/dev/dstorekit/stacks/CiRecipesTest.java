package dev.dstorekit.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CI recipes a POS team copies from {@code examples/ci} work as written. The GitHub Actions workflow runs here, step
 * by step, against dstore-kit's reference POS server (which the recipe starts in place of the team's): the conformance
 * suite passes and the reports the workflow keeps as artefacts are there. Its {@code uses:} steps, which only GitHub
 * can run, are checked for what this machine provides instead (Java 17) or for what they keep (the report directory).
 * The GitLab job runs the same commands in the same order with the same variables, which is checked line by line
 * instead of running the suite a second time; its own {@code before_script} runs here. The recipes' clone and build
 * steps find dstore-kit already built here, as they would in a cache.
 */
class CiRecipesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CI = StackPaths.repository().resolve("examples/ci");
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);
    /**
     * What the build adds to the suite's command through the recipes' own variable: one generated request per
     * data-acceptance case and 5 timing calls instead of 20 each, and 2 s instead of 10 s for outbound calls the
     * reference POS server does not make yet. The conformance module runs every case in full against pos-server;
     * here what counts is that the recipe's commands work.
     */
    private static final String QUICK_SUITE = "--generated-requests 1 --timing-calls 5 --outbound-wait 2s";
    /** Where a team gets dstore-kit from differs between the two hosts; every other variable is the same. */
    private static final String GIT_URL = "DSTORE_KIT_GIT_URL";

    @Test
    void githubActionsWorkflowRunsTheSuiteAgainstThePosAndKeepsTheReports() throws IOException {
        JsonNode workflow = github();
        JsonNode job = workflow.path("jobs").path("conformance");
        Path workspace = workspace("github-actions");
        Map<String, String> env = environment(workflow.path("env"), job.path("env"));
        assertEquals("", env.put("CONFORMANCE_OPTIONS", QUICK_SUITE), "the recipe adds no options of its own");
        List<String> failures = new ArrayList<>();
        List<Path> artefacts = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            if (!failures.isEmpty() && !always(step)) {
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
                stepEnv.putAll(variables(step.path("env")));
                Processes.Result result = bash(workspace, stepEnv, STEP_TIMEOUT, step.path("run").asText());
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
    void gitlabCiJobRunsTheGithubWorkflowsCommandsAndKeepsTheSameReports() throws IOException {
        JsonNode job = gitlab();
        assertEquals(List.of(), differences(github(), job));
        // what the GitHub runner has and a GitLab image may lack: installed where missing (here nothing is)
        Processes.Result before = bash(workspace("gitlab"), variables(job.path("variables")), STEP_TIMEOUT,
                lines(job.path("before_script")));
        assertEquals(0, before.exitCode(), before.output());
    }

    @Test
    void aGitlabJobThatDriftsFromTheWorkflowIsCaught() throws IOException {
        ObjectNode job = (ObjectNode) gitlab();
        ArrayNode script = (ArrayNode) job.path("script");
        for (int i = 0; i < script.size(); i++) {
            script.set(i, script.textNode(script.get(i).asText().replace(" --pos-public-key keys/pos-public.pem", "")));
        }
        ((ObjectNode) job.path("variables")).put("POS_STORE_ID", "OTHER-STORE");
        ((ObjectNode) job.path("artifacts")).putArray("paths").add("reports/");

        List<String> differences = differences(github(), job);
        assertEquals(3, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("script: "), differences.get(0));
        assertTrue(differences.get(1).startsWith("variables: "), differences.get(1));
        assertTrue(differences.get(2).startsWith("artifacts: "), differences.get(2));
    }

    /** Where the GitLab job does not run what the GitHub workflow runs, or keeps other reports; empty when it does. */
    private static List<String> differences(JsonNode workflow, JsonNode job) {
        JsonNode githubJob = workflow.path("jobs").path("conformance");
        List<String> steps = new ArrayList<>();
        List<String> alwaysSteps = new ArrayList<>();
        String reports = null;
        for (JsonNode step : githubJob.path("steps")) {
            if (step.has("run")) {
                (always(step) ? alwaysSteps : steps).addAll(commands(step.path("run").asText()));
            } else if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                reports = step.path("with").path("path").asText();
            }
        }
        List<String> differences = new ArrayList<>();
        List<String> script = commands(lines(job.path("script")));
        if (!script.equals(steps)) {
            differences.add("script: " + script + " where the workflow's steps run " + steps);
        }
        List<String> afterScript = commands(lines(job.path("after_script")));
        if (!afterScript.equals(alwaysSteps)) {
            differences.add("after_script: " + afterScript + " where the workflow's always() steps run " + alwaysSteps);
        }
        Map<String, String> variables = variables(job.path("variables"));
        Map<String, String> githubVariables = variables(workflow.path("env"), githubJob.path("env"));
        variables.remove(GIT_URL);
        githubVariables.remove(GIT_URL);
        if (!variables.equals(githubVariables)) {
            differences.add("variables: " + variables + " where the workflow has " + githubVariables);
        }
        JsonNode artifacts = job.path("artifacts");
        String junit = artifacts.path("reports").path("junit").asText();
        if (!artifacts.path("when").asText().equals("always") || !artifacts.path("paths").path(0).asText().equals(reports)
                || !junit.startsWith(reports == null ? "?" : reports) || !junit.endsWith(".xml")) {
            differences.add("artifacts: " + artifacts + " where the workflow keeps " + reports + " always");
        }
        return differences;
    }

    /**
     * The simple commands of a shell script, in order: continuation lines joined, spaces collapsed, comments and the
     * keywords that only group commands ({@code do}, {@code then}, {@code else}) left out. One command written over
     * several lines or on one line with {@code ;} reads the same.
     */
    static List<String> commands(String script) {
        String code = script.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        List<String> commands = new ArrayList<>();
        for (String piece : code.replaceAll("\\\\\n", " ").split("[\n;]")) {
            String command = piece.strip().replaceAll("\\s+", " ").replaceFirst("^(do|then|else)( |$)", "");
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static JsonNode gitlab() throws IOException {
        return YAML.readTree(CI.resolve("gitlab/.gitlab-ci.yml").toFile()).path("dstore-conformance");
    }

    private static JsonNode github() throws IOException {
        return YAML.readTree(CI.resolve("github-actions/dstore-conformance.yml").toFile());
    }

    private static boolean always(JsonNode step) {
        return step.path("if").asText().equals("always()");
    }

    private static String lines(JsonNode list) {
        List<String> lines = new ArrayList<>();
        list.forEach(line -> lines.add(line.asText()));
        return String.join("\n", lines);
    }

    private static Processes.Result bash(Path dir, Map<String, String> env, Duration timeout, String script) {
        return Processes.start(dir, env, timeout, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script));
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

    /** A recipe's variables as it writes them. */
    private static Map<String, String> variables(JsonNode... blocks) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode block : blocks) {
            block.properties().forEach(e -> variables.put(e.getKey(), e.getValue().asText()));
        }
        return variables;
    }

    /** The recipe's variables, with free ports in place of 8080 and 8090 (other builds may hold those here). */
    private static Map<String, String> environment(JsonNode... blocks) throws IOException {
        Map<String, String> env = variables(blocks);
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

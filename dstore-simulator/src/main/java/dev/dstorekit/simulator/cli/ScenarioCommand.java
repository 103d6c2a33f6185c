package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code scenario NAME --simulator-url URL}: asks a running simulator (its control API) to run a scenario, shows
 * its progress, writes the report and exits like {@code run}.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Run scenario NAME on a running simulator (control API) and wait: exit 0 no violations, "
                + "1 violations, 2 could not run.")
public class ScenarioCommand implements ConfiguredCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "the scenario, e.g. happy-pickup")
    String name;

    @Option(names = "--simulator-url", required = true, description = "the running simulator, e.g. http://localhost:8090")
    URI simulatorUrl;

    @Option(names = "--report-dir", defaultValue = "simulator-report", description = "where the JSON and JUnit XML reports go (default ./simulator-report)")
    Path reportDir;

    @Option(names = "--seed", defaultValue = "1", description = "orders are generated from it (default 1)")
    long seed;

    @Option(names = "--clock-speed", description = "overrides the scenario's clock speed")
    Double clockSpeed;

    @Option(names = "--catalog-wait", description = "seconds to wait for the POS's catalog (default: the simulator's setting)")
    Integer catalogWait;

    @Option(names = "--quiet", description = "print only violations and the summary")
    boolean quiet;

    @Inject
    JsonMapper json;

    @Inject
    ReportWriter reports;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Map<String, Object> configuration() {
        return Map.of();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("scenario", name);
        request.put("seed", seed);
        request.put("verbose", !quiet);
        if (clockSpeed != null) {
            request.put("clockSpeed", clockSpeed);
        }
        if (catalogWait != null) {
            request.put("catalogWaitSeconds", catalogWait);
        }
        HttpResponse<byte[]> started;
        try {
            started = http.send(HttpRequest.newBuilder(simulatorUrl.resolve("/control/runs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            System.err.println("dstore-simulator: no simulator answering at " + simulatorUrl + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        if (started.statusCode() != 202) {
            System.err.println("dstore-simulator: the simulator refused the run: HTTP " + started.statusCode() + " "
                    + new String(started.body(), StandardCharsets.UTF_8));
            return 2;
        }
        RunRegistry.RunView run = json.readValue(started.body(), Argument.of(RunRegistry.RunView.class));
        int seen = 0;
        while (true) {
            HttpResponse<byte[]> polled = http.send(HttpRequest.newBuilder(simulatorUrl.resolve("/control/runs/" + run.runId() + "?from=" + seen))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (polled.statusCode() != 200) {
                System.err.println("dstore-simulator: lost the run " + run.runId() + ": HTTP " + polled.statusCode());
                return 2;
            }
            RunRegistry.RunView view = json.readValue(polled.body(), Argument.of(RunRegistry.RunView.class));
            view.progress().forEach(out::println);
            seen += view.progress().size();
            if (!"RUNNING".equals(view.state())) {
                RunReport report = view.report();
                if (report == null) {
                    System.err.println("dstore-simulator: the run failed inside the simulator; see its log");
                    return 2;
                }
                reports.write(report, reportDir).forEach(file -> out.println("report: " + file));
                return report.exitCode();
            }
            Thread.sleep(500);
        }
    }
}

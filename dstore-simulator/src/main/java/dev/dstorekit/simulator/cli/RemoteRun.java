package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A scenario run on a simulator that is already serving, through its control API: start it ({@code POST
 * /control/runs}), pass on its progress lines as they come, and return its report when it is done.
 */
final class RemoteRun {

    private static final Duration POLL = Duration.ofMillis(300);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final ControlClient simulator;

    RemoteRun(JsonMapper json, ControlClient simulator) {
        this.json = json;
        this.simulator = simulator;
    }

    /** The body of {@code POST /control/runs}; a clock speed or catalog wait left null is the simulator's own. */
    static Map<String, Object> request(String scenario, long seed, String detail, @Nullable Double clockSpeed,
                                       @Nullable Integer catalogWaitSeconds) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("scenario", scenario);
        request.put("seed", seed);
        request.put("detail", detail);
        if (clockSpeed != null) {
            request.put("clockSpeed", clockSpeed);
        }
        if (catalogWaitSeconds != null) {
            request.put("catalogWaitSeconds", catalogWaitSeconds);
        }
        return request;
    }

    /**
     * @param request the body of {@code POST /control/runs} ({@link #request})
     */
    RunReport run(Map<String, Object> request, Consumer<String> progress) throws CouldNotRun, IOException, InterruptedException {
        HttpResponse<byte[]> started;
        try {
            started = http.send(simulator.request("/control/runs")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CouldNotRun("no simulator answering at " + simulator.url() + " (" + e.getClass().getSimpleName() + ")");
        }
        if (started.statusCode() != 202) {
            throw new CouldNotRun("the simulator refused the run: HTTP " + started.statusCode()
                    + ControlClient.hint(started.statusCode()) + " " + new String(started.body(), StandardCharsets.UTF_8));
        }
        RunRegistry.RunView run = json.readValue(started.body(), Argument.of(RunRegistry.RunView.class));
        int seen = 0;
        while (true) {
            HttpResponse<byte[]> polled = http.send(simulator.request("/control/runs/" + run.runId() + "?from=" + seen)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (polled.statusCode() != 200) {
                throw new CouldNotRun("lost the run " + run.runId() + ": HTTP " + polled.statusCode());
            }
            RunRegistry.RunView view = json.readValue(polled.body(), Argument.of(RunRegistry.RunView.class));
            view.progress().forEach(progress);
            seen += view.progress().size();
            if (!"RUNNING".equals(view.state())) {
                if (view.report() == null) {
                    throw new CouldNotRun("the run failed inside the simulator; see its log");
                }
                return view.report();
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}

package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.fault.FaultKind;
import dev.dstorekit.simulator.fault.FaultRule;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.RunRegistry;
import dev.dstorekit.simulator.state.CleanSlate;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What the console does (each through {@link WebActionGuard}): start a shipped scenario and follow it, download its
 * report, set and clear faults on the simulator's own endpoints, wipe the sandbox clean, and take the control token
 * when the simulator is reachable from other hosts.
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ConsoleActionsController {

    @Serdeable
    record RunForm(@Nullable String scenario, @Nullable Long seed) {
    }

    /** A fault: the operation (or {@code *}), the kind, and how often (rate, the next n calls) or how long (delay). */
    @Serdeable
    record FaultForm(@Nullable String operation, @Nullable String kind, @Nullable Double rate, @Nullable Integer next,
                     @Nullable Long delayMillis) {
    }

    @Serdeable
    record TokenForm(@Nullable String token) {
    }

    private final RunRegistry runs;
    private final FaultInjector faults;
    private final BeanProvider<CleanSlate> cleanSlate;

    ConsoleActionsController(RunRegistry runs, FaultInjector faults, BeanProvider<CleanSlate> cleanSlate) {
        this.runs = runs;
        this.faults = faults;
        this.cleanSlate = cleanSlate;
    }

    @Post(uri = "/runs", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startRun(@Body RunForm form) {
        if (form.scenario() == null || form.scenario().isBlank()) {
            return back("choose a scenario");
        }
        RunRegistry.RunView run = runs.start(form.scenario().strip(),
                new RunOptions(form.seed() == null ? 1L : form.seed(), null, null, RunOptions.Detail.STEPS));
        return HttpResponse.seeOther(URI.create("/console/runs/" + run.runId()));
    }

    @Get(uri = "/runs/{runId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> run(String runId) {
        return runs.find(runId, 0).<HttpResponse<?>>map(run -> HttpResponse.ok(new ModelAndView<>("console/run", Map.of("run", run, "page", "console"))))
                .orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/runs/{runId}/progress", produces = MediaType.APPLICATION_JSON)
    HttpResponse<RunRegistry.RunView> progress(String runId, @Nullable @QueryValue Integer from) {
        return runs.find(runId, from == null ? 0 : from).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/runs/{runId}/report.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> report(String runId) {
        return runs.find(runId, Integer.MAX_VALUE).filter(run -> run.report() != null)
                .<HttpResponse<?>>map(run -> HttpResponse.ok(run.report())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + run.runId() + "-report.json\""))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(uri = "/faults", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addFault(@Body FaultForm form) {
        try {
            FaultKind kind = FaultKind.valueOf(form.kind() == null ? "" : form.kind());
            FaultRule rule = new FaultRule(form.operation() == null || form.operation().isBlank() ? "*" : form.operation(), kind,
                    form.rate(), form.next(), form.delayMillis() == null ? null : Duration.ofMillis(form.delayMillis()));
            faults.add(rule);
            return back("fault set: " + rule);
        } catch (IllegalArgumentException e) {
            return back("fault not set: " + e.getMessage());
        }
    }

    @Post(uri = "/faults/{id}/remove")
    HttpResponse<?> removeFault(String id) {
        return back(faults.remove(id) ? "fault " + id + " removed" : "no fault " + id);
    }

    @Post("/faults/clear")
    HttpResponse<?> clearFaults() {
        faults.clear();
        return back("every fault cleared");
    }

    @Post("/reset")
    HttpResponse<?> reset() {
        if (!cleanSlate.isPresent()) {
            return back("this simulator cannot reset its state");
        }
        cleanSlate.get().wipe();
        return back("clean slate: every store, catalog, order and message forgotten");
    }

    /** Keeps the control token in an HttpOnly, SameSite=Strict cookie, so the pages' actions carry it. */
    @Post(uri = WebActionGuard.TOKEN_FORM_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> token(@Body TokenForm form) {
        String token = form.token() == null ? "" : form.token().strip();
        return back(token.isEmpty() ? "no token given" : "control token kept for this browser")
                .cookie(Cookie.of(WebActionGuard.TOKEN_COOKIE, token).httpOnly(true).sameSite(SameSite.Strict).path("/"));
    }

    private static MutableHttpResponse<?> back(String notice) {
        return HttpResponse.seeOther(URI.create("/console?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)));
    }
}

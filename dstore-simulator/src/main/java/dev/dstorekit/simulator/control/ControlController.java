package dev.dstorekit.simulator.control;

import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.catalog.StoreRecord;
import dev.dstorekit.simulator.catalog.StoreRepository;
import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.fault.FaultKind;
import dev.dstorekit.simulator.fault.FaultRule;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.pds.PdsStoreRecord;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.RunRegistry;
import dev.dstorekit.simulator.scenario.Scenario;
import dev.dstorekit.simulator.scenario.ScenarioCatalog;
import dev.dstorekit.simulator.scenario.ScenarioException;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The simulator's REST control API (unsigned; open on loopback, behind a bearer token otherwise:
 * {@link ControlAccess}): stores and catalogs the POS synced, orders with their timelines, violations, scenarios and
 * their runs, and fault injection on the simulator's own endpoints.
 */
@Controller("/control")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ControlController {

    /** Starting a scenario run. */
    @Serdeable
    public record RunRequest(String scenario, @Nullable Long seed, @Nullable Double clockSpeed, @Nullable Integer catalogWaitSeconds,
                             @Nullable Boolean verbose, @Nullable String detail) {
    }

    /** A fault, either in the compact form ({@code spec}) or field by field. */
    @Serdeable
    public record FaultRequest(@Nullable String spec, @Nullable String operation, @Nullable FaultKind kind, @Nullable Double rate,
                               @Nullable Integer next, @Nullable Long delayMillis) {
    }

    @Serdeable
    public record ScenarioView(String name, String description, boolean needsMerchant, boolean rush, String source) {
    }

    @Serdeable
    public record StoresView(List<StoreRecord> syncedStores, List<CatalogSummary> catalogs, List<PdsStoreRecord> pdsStores) {
    }

    @Serdeable
    public record CatalogSummary(StoreKey store, @Nullable String storeName, int products, long available, java.time.Instant updatedAt) {
    }

    private final StoreRepository stores;
    private final CatalogRepository catalogs;
    private final PdsStoreRepository pdsStores;
    private final OrderRepository orders;
    private final ViolationLog violations;
    private final ScenarioCatalog scenarios;
    private final RunRegistry runs;
    private final FaultInjector faults;

    public ControlController(StoreRepository stores, CatalogRepository catalogs, PdsStoreRepository pdsStores, OrderRepository orders,
                             ViolationLog violations, ScenarioCatalog scenarios, RunRegistry runs, FaultInjector faults) {
        this.stores = stores;
        this.catalogs = catalogs;
        this.pdsStores = pdsStores;
        this.orders = orders;
        this.violations = violations;
        this.scenarios = scenarios;
        this.runs = runs;
        this.faults = faults;
    }

    @Get("/stores")
    StoresView stores() {
        List<CatalogSummary> summaries = catalogs.all().stream().map(c -> new CatalogSummary(c.store(), c.storeName(),
                c.products().size(), c.products().values().stream().filter(p -> p.available()).count(), c.updatedAt())).toList();
        return new StoresView(stores.all(), summaries, pdsStores.all());
    }

    @Get("/catalogs")
    List<Catalog> catalogs() {
        return catalogs.all();
    }

    @Get("/catalogs/{posAccountId}/{posStoreId}")
    HttpResponse<Catalog> catalog(String posAccountId, String posStoreId) {
        return catalogs.find(new StoreKey(posAccountId, posStoreId)).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/orders")
    List<OrderView> orders(@Nullable @QueryValue String runId) {
        return (runId == null ? orders.all() : orders.ofRun(runId)).stream().map(OrderView::summary).toList();
    }

    @Get("/orders/{requestOrderId}")
    HttpResponse<OrderView> order(String requestOrderId) {
        return orders.find(requestOrderId).map(OrderView::detail).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/violations")
    List<Violation> violations() {
        return violations.all();
    }

    @Delete("/violations")
    HttpResponse<?> clearViolations() {
        violations.clear();
        return HttpResponse.noContent();
    }

    @Get("/scenarios")
    HttpResponse<?> scenarios() {
        try {
            return HttpResponse.ok(scenarios.all().values().stream().map(ControlController::view).toList());
        } catch (ScenarioException e) {
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Post("/runs")
    HttpResponse<?> startRun(@Body RunRequest request) {
        if (request.scenario() == null || request.scenario().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "scenario is required");
        }
        if (request.clockSpeed() != null && !(request.clockSpeed() > 0)) {
            return problem(HttpStatus.BAD_REQUEST, "clockSpeed must be above 0");
        }
        RunOptions.Detail detail;
        try {
            detail = request.detail() != null ? RunOptions.Detail.parse(request.detail())
                    : request.verbose() == null || request.verbose() ? RunOptions.Detail.CALLS : RunOptions.Detail.QUIET;
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        RunOptions options = new RunOptions(request.seed() == null ? 1L : request.seed(), request.clockSpeed(),
                request.catalogWaitSeconds() == null ? null : Duration.ofSeconds(request.catalogWaitSeconds()), detail);
        return HttpResponse.accepted().body(runs.start(request.scenario(), options));
    }

    @Get("/runs")
    List<RunRegistry.RunView> runs() {
        return runs.all();
    }

    @Get("/runs/{runId}")
    HttpResponse<RunRegistry.RunView> run(String runId, @Nullable @QueryValue Integer from) {
        return runs.find(runId, from == null ? 0 : from).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/faults")
    List<FaultInjector.ActiveFault> faults() {
        return faults.list();
    }

    @Post("/faults")
    HttpResponse<?> addFault(@Body FaultRequest request) {
        try {
            FaultRule rule = request.spec() != null ? FaultRule.parse(request.spec())
                    : new FaultRule(request.operation(), request.kind(), request.rate(), request.next(),
                    request.delayMillis() == null ? null : Duration.ofMillis(request.delayMillis()));
            String id = faults.add(rule);
            return HttpResponse.created(Map.of("id", id, "rule", rule.toString()));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Delete("/faults")
    HttpResponse<?> clearFaults() {
        faults.clear();
        return HttpResponse.noContent();
    }

    @Delete("/faults/{id}")
    HttpResponse<?> removeFault(String id) {
        return faults.remove(id) ? HttpResponse.noContent() : HttpResponse.notFound();
    }

    private static ScenarioView view(Scenario scenario) {
        return new ScenarioView(scenario.name(), scenario.description().strip(), scenario.needsMerchant(), scenario.rush() != null,
                scenario.source());
    }

    private static HttpResponse<?> problem(HttpStatus status, String message) {
        return HttpResponse.status(status).body(Map.of("message", message));
    }
}

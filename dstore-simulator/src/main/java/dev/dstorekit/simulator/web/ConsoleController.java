package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.fault.FaultInjector;
import dev.dstorekit.simulator.fault.FaultKind;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.journal.Verdict;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.RunRegistry;
import dev.dstorekit.simulator.scenario.ScenarioCatalog;
import dev.dstorekit.simulator.scenario.ScenarioException;
import dev.dstorekit.simulator.state.CleanSlate;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.reactivestreams.Publisher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console: every message in both directions, newest first, filterable by order, store, operation and verdict,
 * each with its verdicts; per order a timeline; the scenarios, their runs and the faults. New messages arrive live.
 */
@Controller("/console")
public class ConsoleController {

    static final int PAGE = 100;
    static final List<String> OPERATIONS = List.of("createOrder", "inquireOrderDetail", "pushOrderChange", "syncProduct",
            "notifyOrderChange", "syncStore", "addStore");
    /** The operations whose calls the simulator serves, so a fault can be set on them. */
    static final List<FaultTarget> SERVED = List.of(new FaultTarget("syncProduct", "syncProduct"),
            new FaultTarget("notifyOrderChange", "notifyOrderChange"), new FaultTarget("syncStore", "syncStore"),
            new FaultTarget("addStore", "addStore"), new FaultTarget("*", "every operation"));

    /** An operation a fault can be set on, as the fault form offers it. */
    record FaultTarget(String operation, String label) {
    }

    /** A new message, for the page to decide whether it passes its filter. */
    @Serdeable
    record Arrival(long id, String operation, @Nullable String requestOrderId, @Nullable String storeKey, String verdict) {
    }

    private final MessageJournal journal;
    private final OrderRepository orders;
    private final ScenarioCatalog scenarios;
    private final RunRegistry runs;
    private final FaultInjector faults;
    private final BeanProvider<CleanSlate> cleanSlate;
    private final JournalEvents events;

    ConsoleController(MessageJournal journal, OrderRepository orders, ScenarioCatalog scenarios, RunRegistry runs,
                      FaultInjector faults, BeanProvider<CleanSlate> cleanSlate, JournalEvents events) {
        this.journal = journal;
        this.orders = orders;
        this.scenarios = scenarios;
        this.runs = runs;
        this.faults = faults;
        this.cleanSlate = cleanSlate;
        this.events = events;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    ModelAndView<Map<String, Object>> console(@Nullable @QueryValue String order, @Nullable @QueryValue String store,
                                              @Nullable @QueryValue String operation, @Nullable @QueryValue String verdict,
                                              @Nullable @QueryValue Long before, @Nullable @QueryValue String notice) {
        Verdict wanted = parseVerdict(verdict);
        JournalQuery query = new JournalQuery(blankToNull(order), blankToNull(store), blankToNull(operation), wanted, before, PAGE);
        List<EntryView> entries = journal.find(query).stream().map(EntryView::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", "console");
        model.put("entries", entries);
        model.put("filter", query);
        model.put("older", entries.size() == PAGE ? entries.get(entries.size() - 1).entry().id() : null);
        model.put("operations", OPERATIONS);
        model.put("verdicts", Verdict.values());
        model.put("scenarios", scenarioNames());
        List<RunRegistry.RunView> newestFirst = new ArrayList<>(runs.all());
        Collections.reverse(newestFirst);
        model.put("runs", newestFirst);
        model.put("faults", faults.list());
        model.put("faultKinds", FaultKind.values());
        model.put("served", SERVED);
        model.put("canReset", cleanSlate.isPresent());
        model.put("notice", notice);
        return new ModelAndView<>("console/index", model);
    }

    @Get(uri = "/entries/{id}", produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> entry(long id) {
        return journal.find(id).<HttpResponse<?>>map(entry -> HttpResponse.ok(new ModelAndView<>("console/entry", Map.of("view", EntryView.of(entry)))))
                .orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> follow() {
        return events.follow(entry -> true, entry -> new Arrival(entry.id(), entry.operation(), entry.requestOrderId(),
                entry.storeKey(), entry.verdict().name()));
    }

    /** One order's life: every message about it, oldest first, beside the simulator's own timeline of it. */
    @Get(uri = "/orders/{requestOrderId}", produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    ModelAndView<Map<String, Object>> timeline(String requestOrderId) {
        List<EntryView> entries = new ArrayList<>(journal.find(JournalQuery.ofOrder(requestOrderId)).stream().map(EntryView::of).toList());
        entries.sort(Comparator.comparingLong(view -> view.entry().id()));
        Map<String, Object> model = new HashMap<>();
        model.put("page", "console");
        model.put("requestOrderId", requestOrderId);
        model.put("entries", entries);
        SimOrder order = orders.find(requestOrderId).orElse(null);
        model.put("order", order);
        model.put("timeline", order == null ? List.of() : order.timeline());
        return new ModelAndView<>("console/order", model);
    }

    private List<String> scenarioNames() {
        try {
            return List.copyOf(scenarios.all().keySet());
        } catch (ScenarioException e) {
            return List.of();
        }
    }

    @Nullable
    private static Verdict parseVerdict(@Nullable String verdict) {
        try {
            return verdict == null || verdict.isBlank() ? null : Verdict.valueOf(verdict);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

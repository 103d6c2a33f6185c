package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.CreateAnswer;
import dev.dstorekit.simulator.pos.InquiryAnswer;
import dev.dstorekit.simulator.pos.PosCall;
import dev.dstorekit.simulator.pos.PosFailure;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.pos.PosResult;
import dev.dstorekit.simulator.scenario.DaemonThreads;
import dev.dstorekit.simulator.scenario.Step;
import dev.dstorekit.simulator.violation.ViolationKind;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * createOrder as D-Store sends it, within its 8-second budget: after U, a failure or a lost or late answer it asks
 * inquireOrderDetail and retries with the same requestOrderId, expecting the same posOrderId every time. On request
 * it sends identical copies at once, and afterwards the same requestOrderId with a changed body (the stored answer
 * is expected). A refused order or one never created ends the flow.
 */
@Singleton
final class CreateOrderProtocol implements StepHandler<Step.Create> {

    static final int MAX_CREATE_ATTEMPTS = 4;
    private static final String OPERATION = "createOrder";
    private static final String INQUIRY = "inquireOrderDetail";

    private final PosGateway pos;
    private final PosFailures failures;
    private final InquireStep inquiry;
    private final OrderViolations violations;
    private final StoreFit stores;
    private final ExecutorService copies = Executors.newCachedThreadPool(DaemonThreads.named("sim-call"));

    CreateOrderProtocol(PosGateway pos, PosFailures failures, InquireStep inquiry, OrderViolations violations, StoreFit stores) {
        this.pos = pos;
        this.failures = failures;
        this.inquiry = inquiry;
        this.violations = violations;
        this.stores = stores;
    }

    @Override
    public Class<Step.Create> step() {
        return Step.Create.class;
    }

    @Override
    public void run(Step.Create step, OrderRun run) throws InterruptedException {
        if (step.duplicates() > 0) {
            sendCopies(step, run);
        } else {
            send(run, step.loseAnswer());
        }
    }

    private void send(OrderRun run, boolean loseAnswer) throws InterruptedException {
        SimOrder order = run.order();
        NamedPosOrderIds named = new NamedPosOrderIds();
        boolean loseNext = loseAnswer;
        for (int attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
            PosCall<CreateAnswer> call = pos.createOrder(order);
            if (!call.answered()) {
                run.log("OUT", OPERATION, "attempt " + attempt + ": " + call.failure() + " after " + call.elapsed().toMillis() + " ms");
                failures.record(run, call.failure(), OPERATION);
                if (call.failure().kind() != PosFailure.Kind.UNREACHABLE) {
                    run.sawPos();
                }
                inquireAfterTrouble(run, named);
                run.pause(attempt);
                continue;
            }
            run.sawPos();
            CreateAnswer answer = call.answer();
            run.log("OUT", OPERATION, "attempt " + attempt + ": " + answer.describe() + " (" + call.elapsed().toMillis() + " ms)");
            if (call.elapsed().compareTo(failures.createOrderBudget()) > 0) {
                violations.record(order, ViolationKind.CREATE_ORDER_TOO_SLOW, OPERATION, "answered after " + call.elapsed().toMillis()
                        + " ms; D-Store's budget is " + failures.createOrderBudget().toMillis() + " ms, so D-Store treats the answer as lost");
                loseNext = true;
            }
            if (loseNext) {
                loseNext = false;
                if (answer.posOrderId() != null) {
                    named.lost(answer.posOrderId());
                }
                run.log("NOTE", OPERATION, "answer discarded (lost on the way): D-Store inquires and retries with the same requestOrderId");
                inquireAfterTrouble(run, named);
                continue;
            }
            switch (answer.result().status()) {
                case S -> {
                    created(run, answer, named, "retry");
                    stores.check(run);
                    return;
                }
                case U -> {
                    inquireAfterTrouble(run, named);
                    run.pause(attempt);
                }
                case F -> {
                    violations.record(order, ViolationKind.CREATE_ORDER_REFUSED, OPERATION, "F/" + answer.result().code() + ": "
                            + answer.result().message());
                    order.moveTo(OrderStatus.ORDER_FAIL);
                    run.stop("createOrder refused");
                    return;
                }
            }
        }
        run.log("NOTE", OPERATION, "no S answer after " + MAX_CREATE_ATTEMPTS + " attempts; D-Store gives up");
        order.moveTo(OrderStatus.ORDER_FAIL);
        run.stop("createOrder never succeeded");
    }

    private void created(OrderRun run, CreateAnswer answer, NamedPosOrderIds named, String what) {
        SimOrder order = run.order();
        String posOrderId = answer.posOrderId();
        if (posOrderId == null) {
            violations.record(order, ViolationKind.SCHEMA_VIOLATION, OPERATION, "S answer without posOrderId (present on S per the spec)");
            order.moveTo(OrderStatus.ORDER_FAIL);
            run.stop("createOrder answered S without posOrderId");
            return;
        }
        named.created(posOrderId, what).forEach(conflict -> violations.record(order, ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, OPERATION, conflict));
        boolean autoAccept = Boolean.TRUE.equals(answer.autoAccept());
        if (answer.autoAccept() == null) {
            violations.record(order, ViolationKind.SCHEMA_VIOLATION, OPERATION, "S answer without autoAccept (present on S per the spec); treated as false");
        }
        order.created(posOrderId, autoAccept);
        stores.learned(order, autoAccept);
        String same = named.agreement(posOrderId);
        run.note("created " + posOrderId + (autoAccept ? " (auto-accepted)" : " (waits for the merchant)")
                + (same == null ? "" : "; the " + what + " got " + same));
    }

    private void sendCopies(Step.Create step, OrderRun run) throws InterruptedException {
        int count = 1 + step.duplicates();
        List<Future<PosCall<CreateAnswer>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(copies.submit(() -> pos.createOrder(run.order())));
        }
        List<CreateAnswer> successes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Future<PosCall<CreateAnswer>> future : calls) {
            PosCall<CreateAnswer> call = join(future);
            if (!call.answered()) {
                run.log("OUT", OPERATION, "duplicate: " + call.failure());
                failures.record(run, call.failure(), OPERATION);
                continue;
            }
            run.sawPos();
            CreateAnswer answer = call.answer();
            run.log("OUT", OPERATION, "duplicate: " + answer.describe() + " (" + call.elapsed().toMillis() + " ms)");
            codes.add(answer.result().status() + "/" + answer.result().code());
            if (answer.result().success()) {
                successes.add(answer);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        successes.forEach(answer -> ids.add(String.valueOf(answer.posOrderId())));
        if (ids.size() > 1) {
            violations.record(run.order(), ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, OPERATION, count + " identical createOrders sent at once got "
                    + ids.size() + " different posOrderIds: " + ids);
        }
        if (!successes.isEmpty() && codes.stream().anyMatch(code -> code.startsWith("F/"))) {
            violations.record(run.order(), ViolationKind.REPEAT_REQUEST_INCONSISTENT, OPERATION, "identical createOrders got different results: " + codes);
        }
        if (successes.isEmpty()) {
            run.log("NOTE", OPERATION, "no duplicate succeeded; D-Store retries the normal way");
            send(run, false);
            if (run.stopped()) {
                return;
            }
        } else {
            created(run, successes.get(0), new NamedPosOrderIds(), "duplicate");
            if (ids.size() == 1) {
                run.note(count + " identical createOrders at once: " + successes.size() + " answered S, all with posOrderId "
                        + ids.iterator().next());
            }
        }
        if (step.alteredDuplicate() && !run.stopped()) {
            sendAltered(run);
        }
    }

    /** The same requestOrderId with another body: the POS must answer with what it stored (same posOrderId). */
    private void sendAltered(OrderRun run) {
        SimOrder order = run.order();
        PosCall<CreateAnswer> call = pos.createOrderWithRemark(order, "changed after the first createOrder (same requestOrderId)");
        if (!call.answered()) {
            run.log("OUT", OPERATION, "altered duplicate: " + call.failure());
            failures.record(run, call.failure(), OPERATION);
            return;
        }
        CreateAnswer answer = call.answer();
        run.log("OUT", OPERATION, "altered duplicate: " + answer.describe());
        PosResult result = answer.result();
        if (result.success() && order.posOrderId().equals(answer.posOrderId())) {
            run.note("the same requestOrderId with a changed body: answered with the stored order " + order.posOrderId());
        } else if (result.success()) {
            violations.record(order, ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, OPERATION, "the same requestOrderId with a different body got posOrderId "
                    + answer.posOrderId() + " instead of the stored " + order.posOrderId());
        } else if (result.status() == PosResult.Status.F) {
            violations.record(order, ViolationKind.REPEAT_REQUEST_INCONSISTENT, OPERATION, "the same requestOrderId with a different body got F/"
                    + result.code() + " instead of the stored answer (S, posOrderId " + order.posOrderId() + ")");
        }
    }

    /** After U, a failure or a lost answer D-Store asks the POS what it knows, and remembers the posOrderId it names. */
    private void inquireAfterTrouble(OrderRun run, NamedPosOrderIds named) throws InterruptedException {
        Optional<InquiryAnswer> answer = inquiry.ask(run);
        if (answer.isEmpty()) {
            return;
        }
        PosResult result = answer.get().result();
        if (result.success()) {
            named.inquired(answer.get().posOrderId()).forEach(conflict ->
                    violations.record(run.order(), ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, INQUIRY, conflict));
        } else if ("ORDER_NOT_EXIST".equals(result.code()) && named.any()) {
            violations.record(run.order(), ViolationKind.INQUIRY_STATUS_MISMATCH, INQUIRY, "ORDER_NOT_EXIST for an order the POS already created (posOrderId "
                    + named.first() + ")");
        }
    }

    private static <T> T join(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void close() {
        copies.shutdownNow();
    }
}

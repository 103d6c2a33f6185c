package dev.dstorekit.simulator.scenario;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.PushOrderStatus;
import dev.dstorekit.api.pos.model.RefundInfo;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.model.UpdatedOrderProduct;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.generate.AmountRule;
import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.PosCall;
import dev.dstorekit.simulator.pos.PosFailure;
import dev.dstorekit.simulator.order.TimelineEntry;
import dev.dstorekit.simulator.violation.Severity;
import dev.dstorekit.simulator.violation.ViolationKind;
import io.micronaut.core.type.Argument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One order going through its scenario flow the way D-Store runs it: createOrder with the 8-second budget and the
 * inquire-then-retry dance after U, lost or late answers; the acceptance window; channel events sent with
 * pushOrderChange; and the notifications the POS must send, waited for with timeouts. Whatever the POS gets wrong
 * is recorded as a violation on the order.
 */
final class OrderFlow {

    static final int MAX_CREATE_ATTEMPTS = 4;
    static final int MAX_CALL_ATTEMPTS = 3;
    /** Simulated pause between retries of a call that failed or answered U. */
    static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    /** Real time a notification may still be on its way when an inquiry already shows the new status. */
    static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(3);

    private final RunContext ctx;
    private final SimOrder order;
    private final OrderTemplate template;
    private final String label;
    private int pushes;
    private boolean stopped;
    private boolean needsAnotherStore;
    private boolean reachedPos;
    private String outcome;

    /**
     * @param label the order's name in {@link RunOptions.Detail#STEPS} progress lines, e.g. {@code dine-in}
     */
    OrderFlow(RunContext ctx, SimOrder order, OrderTemplate template, String label) {
        this.ctx = ctx;
        this.order = order;
        this.template = template;
        this.label = label;
        order.listen(this::show);
    }

    /**
     * Every timeline entry of the order, whoever wrote it (this flow or an inbound notification), as progress:
     * problems always; the simulator's notes at {@code STEPS}; everything at {@code CALLS}.
     */
    private void show(TimelineEntry entry) {
        boolean problem = entry.direction().equals("VIOLATION") || entry.direction().equals("WARNING");
        boolean steps = ctx.detail() == RunOptions.Detail.STEPS;
        String who = steps ? label : order.requestOrderId();
        if (problem) {
            ctx.progress().line(ctx.elapsed() + " " + who + " " + (entry.direction().equals("VIOLATION") ? "VIOLATION " : "warning ")
                    + entry.summary());
        } else if (steps && entry.direction().equals("NOTE")) {
            String text = entry.summary().startsWith(order.flow() + ": ") ? entry.summary().substring(order.flow().length() + 2) : entry.summary();
            ctx.progress().line(ctx.elapsed() + " " + who + ": " + text);
        } else if (ctx.detail() == RunOptions.Detail.CALLS) {
            String text = entry.direction().equals("NOTE") && entry.operation().equals("flow") ? entry.summary()
                    : entry.direction() + " " + entry.operation() + ": " + entry.summary();
            ctx.progress().line(ctx.elapsed() + " " + who + " " + text);
        }
    }

    /** Runs every step; returns how the order ended, e.g. {@code COMPLETED} or {@code CANCELLED after the acceptance window}. */
    String run() throws InterruptedException {
        for (Step step : template.flow()) {
            if (stopped) {
                break;
            }
            execute(step);
        }
        return outcome != null ? outcome : order.status().name();
    }

    /** The POS auto-accepted an order that needed manual acceptance; the runner tries another store. */
    boolean needsAnotherStore() {
        return needsAnotherStore;
    }

    /** Whether createOrder reached the POS at least once (a run where none did could not run). */
    boolean reachedPos() {
        return reachedPos;
    }

    private void execute(Step step) throws InterruptedException {
        if (step instanceof Step.Create create) {
            create(create);
        } else if (step instanceof Step.Accept accept) {
            accept(accept);
        } else if (step instanceof Step.Advance advance) {
            if (merchant("status", Map.of("status", advance.status(), "reason", "simulated merchant"))) {
                expectStatus(OrderStatus.valueOf(advance.status()), within(advance.within()));
            }
        } else if (step instanceof Step.Deliver deliver) {
            if (merchant("delivery-status", Map.of("deliveryStatus", deliver.deliveryStatus()))) {
                expectDelivery(deliver.deliveryStatus(), within(deliver.within()));
            }
        } else if (step instanceof Step.Refund refund) {
            refund(refund);
        } else if (step instanceof Step.Merchant merchant) {
            merchant(merchant.action(), merchant.params());
        } else if (step instanceof Step.Expect expect) {
            if (expect.status() != null) {
                expectStatus(OrderStatus.valueOf(expect.status()), within(expect.within()));
            }
            if (expect.deliveryStatus() != null && !stopped) {
                expectDelivery(expect.deliveryStatus(), within(expect.within()));
            }
        } else if (step instanceof Step.Push push) {
            push(push, null);
        } else if (step instanceof Step.Inquire inquire) {
            inquire(inquire.expect());
        } else if (step instanceof Step.Wait wait) {
            log("NOTE", "wait", "waiting " + Durations.text(wait.duration()) + " (simulated)");
            ctx.clock().sleep(wait.duration());
        }
    }

    // ---- createOrder --------------------------------------------------------------------------------------------

    private void create(Step.Create step) throws InterruptedException {
        if (step.duplicates() > 0) {
            createWithDuplicates(step);
            return;
        }
        String known = null;
        String discarded = null;
        boolean loseNext = step.loseAnswer();
        for (int attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
            PosCall<CreateOrderResponse> call = ctx.pos().createOrder(order.request());
            if (!call.answered()) {
                log("OUT", "createOrder", "attempt " + attempt + ": " + call.failure() + " after " + call.elapsed().toMillis() + " ms");
                failure(call.failure(), "createOrder");
                reachedPos |= call.failure().kind() != PosFailure.Kind.UNREACHABLE;
                known = inquireAfterTrouble(known, discarded);
                pause(attempt);
                continue;
            }
            reachedPos = true;
            CreateOrderResponse answer = call.answer();
            log("OUT", "createOrder", "attempt " + attempt + ": " + describe(answer) + " (" + call.elapsed().toMillis() + " ms)");
            if (call.elapsed().compareTo(ctx.createOrderBudget()) > 0) {
                violation(ViolationKind.CREATE_ORDER_TOO_SLOW, "createOrder", "answered after " + call.elapsed().toMillis()
                        + " ms; D-Store's budget is " + ctx.createOrderBudget().toMillis() + " ms, so D-Store treats the answer as lost");
                loseNext = true;
            }
            if (loseNext) {
                loseNext = false;
                if (answer.getPosOrderId() != null) {
                    discarded = answer.getPosOrderId();
                }
                log("NOTE", "createOrder", "answer discarded (lost on the way): D-Store inquires and retries with the same requestOrderId");
                known = inquireAfterTrouble(known, discarded);
                continue;
            }
            ResultStatus status = answer.getResult().getResultStatus();
            if (status == ResultStatus.S) {
                created(answer, known, discarded, "retry");
                Boolean wanted = template.wantedAutoAccept(ctx.merchant().present());
                if (wanted != null && !wanted.equals(order.autoAccept())) {
                    log("NOTE", "createOrder", (wanted ? "this store does not auto-accept and no merchant driver can accept the order"
                            : "this store auto-accepts but the flow needs manual acceptance")
                            + ": the buyer cancels and the order is placed at another store");
                    push(new Step.Push(PushOrderStatus.CANCELLED.getValue(), null, false, false), "buyer cancelled");
                    needsAnotherStore = true;
                    stop(wanted ? "store needs a merchant to accept; tried another store" : "store auto-accepts; tried another store");
                }
                return;
            }
            if (status == ResultStatus.U) {
                known = inquireAfterTrouble(known, discarded);
                pause(attempt);
                continue;
            }
            violation(ViolationKind.CREATE_ORDER_REFUSED, "createOrder", "F/" + answer.getResult().getResultCode() + ": "
                    + answer.getResult().getResultMessage());
            order.moveTo(OrderStatus.ORDER_FAIL);
            stop("createOrder refused");
            return;
        }
        log("NOTE", "createOrder", "no S answer after " + MAX_CREATE_ATTEMPTS + " attempts; D-Store gives up");
        order.moveTo(OrderStatus.ORDER_FAIL);
        stop("createOrder never succeeded");
    }

    private void created(CreateOrderResponse answer, String known, String discarded, String what) {
        String posOrderId = answer.getPosOrderId();
        if (posOrderId == null) {
            violation(ViolationKind.SCHEMA_VIOLATION, "createOrder", "S answer without posOrderId (present on S per the spec)");
            order.moveTo(OrderStatus.ORDER_FAIL);
            stop("createOrder answered S without posOrderId");
            return;
        }
        if (known != null && !known.equals(posOrderId)) {
            violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "createOrder", "the " + what + " answered posOrderId "
                    + posOrderId + " but inquireOrderDetail named " + known + " for the same requestOrderId");
        }
        if (discarded != null && !discarded.equals(posOrderId)) {
            violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "createOrder", "the " + what + " answered posOrderId "
                    + posOrderId + " but the first (lost) answer had " + discarded);
        }
        boolean autoAccept = Boolean.TRUE.equals(answer.getAutoAccept());
        if (answer.getAutoAccept() == null) {
            violation(ViolationKind.SCHEMA_VIOLATION, "createOrder", "S answer without autoAccept (present on S per the spec); treated as false");
        }
        order.created(posOrderId, autoAccept);
        ctx.acceptance().learned(order.store(), autoAccept);
        String same = discarded != null && discarded.equals(posOrderId) ? "the same posOrderId as the lost answer"
                : known != null && known.equals(posOrderId) ? "the posOrderId inquireOrderDetail had named" : null;
        progress("created " + posOrderId + (autoAccept ? " (auto-accepted)" : " (waits for the merchant)")
                + (same == null ? "" : "; the " + what + " got " + same));
    }

    private void createWithDuplicates(Step.Create step) throws InterruptedException {
        int copies = 1 + step.duplicates();
        List<Future<PosCall<CreateOrderResponse>>> calls = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            calls.add(ctx.executor().submit(() -> ctx.pos().createOrder(order.request())));
        }
        List<CreateOrderResponse> successes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Future<PosCall<CreateOrderResponse>> future : calls) {
            PosCall<CreateOrderResponse> call = join(future);
            if (!call.answered()) {
                log("OUT", "createOrder", "duplicate: " + call.failure());
                failure(call.failure(), "createOrder");
                continue;
            }
            reachedPos = true;
            CreateOrderResponse answer = call.answer();
            log("OUT", "createOrder", "duplicate: " + describe(answer) + " (" + call.elapsed().toMillis() + " ms)");
            codes.add(answer.getResult().getResultStatus() + "/" + answer.getResult().getResultCode());
            if (answer.getResult().getResultStatus() == ResultStatus.S) {
                successes.add(answer);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        successes.forEach(answer -> ids.add(String.valueOf(answer.getPosOrderId())));
        if (ids.size() > 1) {
            violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "createOrder", copies + " identical createOrders sent at once got "
                    + ids.size() + " different posOrderIds: " + ids);
        }
        if (!successes.isEmpty() && codes.stream().anyMatch(code -> code.startsWith("F/"))) {
            violation(ViolationKind.REPEAT_REQUEST_INCONSISTENT, "createOrder", "identical createOrders got different results: " + codes);
        }
        if (successes.isEmpty()) {
            log("NOTE", "createOrder", "no duplicate succeeded; D-Store retries the normal way");
            create(new Step.Create(false, 0, step.alteredDuplicate(), step.wantAutoAccept()));
            if (stopped) {
                return;
            }
        } else {
            created(successes.get(0), null, null, "duplicate");
            if (ids.size() == 1) {
                progress(copies + " identical createOrders at once: " + successes.size() + " answered S, all with posOrderId "
                        + ids.iterator().next());
            }
        }
        if (step.alteredDuplicate() && !stopped) {
            alteredDuplicate();
        }
    }

    /** The same requestOrderId with another body: the POS must answer with what it stored (same posOrderId). */
    private void alteredDuplicate() {
        CreateOrderRequest altered = copy(order.request());
        altered.orderRemark("changed after the first createOrder (same requestOrderId)");
        PosCall<CreateOrderResponse> call = ctx.pos().createOrder(altered);
        if (!call.answered()) {
            log("OUT", "createOrder", "altered duplicate: " + call.failure());
            failure(call.failure(), "createOrder");
            return;
        }
        CreateOrderResponse answer = call.answer();
        log("OUT", "createOrder", "altered duplicate: " + describe(answer));
        Result result = answer.getResult();
        if (result.getResultStatus() == ResultStatus.S && order.posOrderId().equals(answer.getPosOrderId())) {
            progress("the same requestOrderId with a changed body: answered with the stored order " + order.posOrderId());
        } else if (result.getResultStatus() == ResultStatus.S) {
            violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "createOrder", "the same requestOrderId with a different body got posOrderId "
                    + answer.getPosOrderId() + " instead of the stored " + order.posOrderId());
        } else if (result.getResultStatus() == ResultStatus.F) {
            violation(ViolationKind.REPEAT_REQUEST_INCONSISTENT, "createOrder", "the same requestOrderId with a different body got F/"
                    + result.getResultCode() + " instead of the stored answer (S, posOrderId " + order.posOrderId() + ")");
        }
    }

    /** After U, a failure or a lost answer D-Store asks the POS what it knows; returns the posOrderId it learned. */
    private String inquireAfterTrouble(String known, String discarded) throws InterruptedException {
        Optional<InquireOrderDetailResponse> answer = inquireCall();
        if (answer.isEmpty()) {
            return known;
        }
        Result result = answer.get().getResult();
        if (result.getResultStatus() == ResultStatus.S) {
            String id = answer.get().getPosOrderId();
            if (known != null && id != null && !known.equals(id)) {
                violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "inquireOrderDetail", "inquireOrderDetail now names posOrderId "
                        + id + ", earlier " + known);
            }
            if (discarded != null && id != null && !discarded.equals(id)) {
                violation(ViolationKind.NEW_POS_ORDER_ID_ON_RETRY, "inquireOrderDetail", "inquireOrderDetail names posOrderId "
                        + id + " but the lost createOrder answer had " + discarded);
            }
            return id != null ? id : known;
        }
        if ("ORDER_NOT_EXIST".equals(result.getResultCode()) && (known != null || discarded != null)) {
            violation(ViolationKind.INQUIRY_STATUS_MISMATCH, "inquireOrderDetail", "ORDER_NOT_EXIST for an order the POS already created (posOrderId "
                    + (known != null ? known : discarded) + ")");
        }
        return known;
    }

    // ---- acceptance ---------------------------------------------------------------------------------------------

    private void accept(Step.Accept step) throws InterruptedException {
        if (Boolean.TRUE.equals(order.autoAccept())) {
            log("NOTE", "accept", "auto-accepted by the POS");
            return;
        }
        Duration window = step.window() != null ? step.window() : ctx.acceptanceWindow();
        if (step.merchant() && !merchant("status", Map.of("status", "ACCEPTED", "reason", "simulated merchant"))) {
            return;
        }
        boolean decided = order.await(o -> o.reached(OrderStatus.ACCEPTED) || o.status().terminal(), ctx.clock().real(window));
        if (decided && order.reached(OrderStatus.ACCEPTED)) {
            progress("accepted by the merchant");
            return;
        }
        if (decided) {
            stop("ended " + order.status() + " before acceptance");
            return;
        }
        log("NOTE", "accept", "acceptance window of " + Durations.text(window) + " (simulated) passed without ACCEPTED");
        if (step.merchant()) {
            violation(ViolationKind.EXPECTED_NOTIFICATION_MISSING, "notifyOrderChange", "no ACCEPTED notification within the acceptance window of "
                    + Durations.text(window) + (ctx.merchant().present() ? " after the merchant accepted" : " (no merchant driver: the POS was expected to accept on its own)"));
        }
        inquire(null);
        log("NOTE", "accept", "D-Store cancels the order after the acceptance window");
        push(new Step.Push(PushOrderStatus.CANCELLED.getValue(), null, false, false), "acceptance window passed");
        if (step.merchant()) {
            stop("CANCELLED after the acceptance window");
        } else {
            outcome = "CANCELLED after the acceptance window";
        }
    }

    // ---- merchant and expectations ------------------------------------------------------------------------------

    /**
     * Asks the merchant driver to act. An action the POS refuses (or a driver that cannot reach it) is a violation
     * and ends the flow at once: the change D-Store waits for can no longer be reported.
     *
     * @return false when the action was tried and failed (the flow is stopped)
     */
    private boolean merchant(String action, Map<String, String> extra) {
        MerchantDriver driver = ctx.merchant();
        if (!driver.present()) {
            return true;
        }
        Map<String, String> variables = new HashMap<>();
        variables.put("requestOrderId", order.requestOrderId());
        variables.put("posOrderId", String.valueOf(order.posOrderId()));
        variables.put("posAccountId", order.request().getPosAccountId());
        variables.put("posStoreId", order.request().getPosStoreId());
        variables.put("channel", order.channel());
        variables.put("serviceType", order.request().getServiceType().getValue());
        variables.put("currency", order.paid().currency());
        variables.put("orderAmount", String.valueOf(order.paid().value()));
        variables.putAll(extra);
        MerchantDriver.Result result = driver.perform(action, variables);
        log(result.performed() ? "MERCHANT" : "NOTE", action, (result.ok() ? "" : "failed: ") + result.summary());
        if (result.performed() && !result.ok()) {
            violation(ViolationKind.MERCHANT_ACTION_FAILED, action, "the merchant's " + action + " " + actionText(extra)
                    + "did not go through: " + result.summary());
            stop("the merchant's " + action + " failed");
            return false;
        }
        return true;
    }

    private static String actionText(Map<String, String> extra) {
        for (String key : List.of("status", "deliveryStatus", "amount", "shortOrderNumber", "readyTime")) {
            if (extra.containsKey(key)) {
                return "(" + key + "=" + extra.get(key) + ") ";
            }
        }
        return "";
    }

    private void expectStatus(OrderStatus target, Duration within) throws InterruptedException {
        boolean settled = order.await(o -> reachedOrBeyond(o, target) || (o.status().terminal() && !o.status().successPath()),
                ctx.clock().real(within));
        if (settled && reachedOrBeyond(order, target)) {
            progress(target + " notified");
            return;
        }
        if (settled) {
            stop("ended " + order.status() + " instead of reaching " + target);
            return;
        }
        violation(ViolationKind.EXPECTED_NOTIFICATION_MISSING, "notifyOrderChange", "no orderStatus " + target
                + " within " + Durations.text(within) + " (simulated)" + (ctx.merchant().present() ? " after the merchant's action"
                : " (no merchant driver: the POS was expected to report it on its own)") + "; the order is " + order.status());
        inquire(null);
        stop("stopped waiting for " + target);
    }

    private void expectDelivery(String target, Duration within) throws InterruptedException {
        if (order.await(o -> target.equals(o.deliveryStatus()), ctx.clock().real(within))) {
            progress("deliveryStatus " + target + " notified");
            return;
        }
        violation(ViolationKind.EXPECTED_NOTIFICATION_MISSING, "notifyOrderChange", "no deliveryStatus " + target
                + " within " + Durations.text(within) + " (simulated); last reported: " + order.deliveryStatus());
        stop("stopped waiting for deliveryStatus " + target);
    }

    private void refund(Step.Refund step) throws InterruptedException {
        long refundable = order.refundable();
        long amount = Math.min(refundable, Math.max(1, order.paid().value() * step.percent() / 100));
        if (amount <= 0) {
            log("NOTE", "refund", "nothing left to refund");
            return;
        }
        long before = order.merchantRefunded();
        if (!merchant("refund", Map.of("amount", String.valueOf(amount), "reason", "simulated merchant refund"))) {
            return;
        }
        if (order.await(o -> o.merchantRefunded() > before, ctx.clock().real(within(step.within())))) {
            progress("refund of " + new Money(order.merchantRefunded() - before, order.paid().currency()).display() + " notified");
            return;
        }
        violation(ViolationKind.EXPECTED_NOTIFICATION_MISSING, "notifyOrderChange", "no refundAmount notification within "
                + Durations.text(within(step.within())) + " (simulated) for a merchant refund of " + new Money(amount, order.paid().currency()).display());
        stop("stopped waiting for the refund");
    }

    private static boolean reachedOrBeyond(SimOrder order, OrderStatus target) {
        return order.reached(target) || (target.successPath() && order.status().successPath() && order.status().rank() >= target.rank());
    }

    // ---- pushOrderChange ----------------------------------------------------------------------------------------

    private void push(Step.Push step, String why) throws InterruptedException {
        PushOrderChangeRequest request = new PushOrderChangeRequest("push-" + order.requestOrderId() + "-" + (++pushes), order.requestOrderId());
        if (step.orderStatus() != null) {
            request.orderStatus(PushOrderStatus.fromValue(step.orderStatus()));
        }
        if (step.deliveryStatus() != null) {
            request.deliveryStatus(DeliveryStatus.fromValue(step.deliveryStatus()));
        }
        long refund = 0;
        if (step.modification()) {
            refund = modification(request);
            if (refund <= 0) {
                log("NOTE", "pushOrderChange", "the order has a single unit; no GrabFood modification possible");
                return;
            }
        }
        String what = describe(request) + (why == null ? "" : " (" + why + ")");
        Optional<PushOrderChangeResponse> answer = retried("pushOrderChange", what, () -> ctx.pos().pushOrderChange(request),
                response -> response.getResult());
        if (answer.isEmpty()) {
            return;
        }
        Result result = answer.get().getResult();
        if (result.getResultStatus() != ResultStatus.S) {
            violation(ViolationKind.PUSH_ORDER_CHANGE_REFUSED, "pushOrderChange", what + " answered " + result.getResultStatus()
                    + "/" + result.getResultCode() + ": " + result.getResultMessage());
            return;
        }
        if (step.deliveryStatus() != null) {
            order.deliveryStatus(step.deliveryStatus());
        }
        if (step.orderStatus() != null) {
            order.moveTo(OrderStatus.valueOf(step.orderStatus()));
        }
        if (refund > 0) {
            order.channelRefund(refund);
        }
        progress("pushed " + what);
        if (step.replay()) {
            PosCall<PushOrderChangeResponse> replay = ctx.pos().pushOrderChange(request);
            if (!replay.answered()) {
                log("OUT", "pushOrderChange", "replay of " + request.getRequestId() + ": " + replay.failure());
                failure(replay.failure(), "pushOrderChange");
                return;
            }
            Result again = replay.answer().getResult();
            log("OUT", "pushOrderChange", "replay of " + request.getRequestId() + ": " + again.getResultStatus() + " " + again.getResultCode());
            if (again.getResultStatus() != ResultStatus.S) {
                violation(ViolationKind.REPEAT_REQUEST_INCONSISTENT, "pushOrderChange", "the identical pushOrderChange "
                        + request.getRequestId() + " sent again answered " + again.getResultStatus() + "/" + again.getResultCode()
                        + " instead of the stored S");
            }
        }
    }

    /** A GrabFood modification of the order: one unit fewer (or the last line dropped); returns the refund. */
    private long modification(PushOrderChangeRequest request) {
        List<OrderProduct> lines = order.request().getOrderProducts();
        List<UpdatedOrderProduct> updated = new ArrayList<>();
        int changed = -1;
        for (int i = lines.size() - 1; i >= 0 && changed < 0; i--) {
            if (lines.get(i).getQuantity() > 1) {
                changed = i;
            }
        }
        boolean dropLast = changed < 0 && lines.size() > 1;
        if (changed < 0 && !dropLast) {
            return 0;
        }
        String currency = order.paid().currency();
        String removed = null;
        for (int i = 0; i < lines.size(); i++) {
            OrderProduct line = lines.get(i);
            int quantity = line.getQuantity();
            if (i == changed) {
                quantity--;
                removed = line.getName() != null ? line.getName() : line.getPosProductId();
            }
            if (dropLast && i == lines.size() - 1) {
                removed = line.getName() != null ? line.getName() : line.getPosProductId();
                continue;
            }
            long unit = AmountRule.unitAmount(line.getUnitPrice(), line.getModifiers());
            UpdatedOrderProduct product = new UpdatedOrderProduct(line.getPosProductId(), quantity, new Amount((int) (quantity * unit), currency))
                    .name(line.getName()).unitPrice(line.getUnitPrice());
            if (line.getModifiers() != null) {
                product.modifiers(line.getModifiers());
            }
            updated.add(product);
        }
        long before = lines.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
        long after = updated.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
        long refund = Math.min(before - after, order.refundable());
        request.updatedOrderProducts(updated).refundInfo(new RefundInfo(new Amount((int) refund, currency))
                .refundReason("Item unavailable: " + removed + " ×1")
                .refundTime(OffsetDateTime.now(order.request().getOrderTime() != null ? order.request().getOrderTime().getOffset()
                        : java.time.ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS)));
        return refund;
    }

    // ---- inquireOrderDetail -------------------------------------------------------------------------------------

    private void inquire(String expect) throws InterruptedException {
        Optional<InquireOrderDetailResponse> answer = inquireCall();
        if (answer.isEmpty()) {
            return;
        }
        Result result = answer.get().getResult();
        if (result.getResultStatus() != ResultStatus.S) {
            if ("ORDER_NOT_EXIST".equals(result.getResultCode()) && order.posOrderId() != null) {
                violation(ViolationKind.INQUIRY_STATUS_MISMATCH, "inquireOrderDetail", "ORDER_NOT_EXIST for an order the POS created (posOrderId "
                        + order.posOrderId() + ")");
            }
            return;
        }
        String posOrderId = answer.get().getPosOrderId();
        if (order.posOrderId() != null && !order.posOrderId().equals(posOrderId)) {
            violation(ViolationKind.INQUIRY_STATUS_MISMATCH, "inquireOrderDetail", "posOrderId " + posOrderId
                    + " differs from the createOrder answer's " + order.posOrderId());
        }
        if (answer.get().getOrderStatus() == null) {
            violation(ViolationKind.SCHEMA_VIOLATION, "inquireOrderDetail", "S answer without orderStatus (present on S per the spec)");
            return;
        }
        OrderStatus said = OrderStatus.valueOf(answer.get().getOrderStatus().getValue());
        if (!matches(order.status(), said) && ahead(said, order.status())) {
            // the POS may have committed a change whose notification is still on its way
            order.await(o -> matches(o.status(), said), IN_FLIGHT_GRACE);
        }
        if (!matches(order.status(), said)) {
            violation(ViolationKind.INQUIRY_STATUS_MISMATCH, "inquireOrderDetail", "inquireOrderDetail says " + said
                    + " but what D-Store was told makes the order " + order.status());
        }
        if (expect != null && !expect.equals(said.name())) {
            violation(ViolationKind.INQUIRY_STATUS_MISMATCH, "inquireOrderDetail", "inquireOrderDetail says " + said
                    + "; after this flow the order should be " + expect);
        } else if (matches(order.status(), said)) {
            progress("inquireOrderDetail agrees: " + said);
        }
    }

    /** Whether the POS's status {@code said} lies after D-Store's {@code view} of the order. */
    private static boolean ahead(OrderStatus said, OrderStatus view) {
        if (view.terminal()) {
            return false;
        }
        return said.terminal() || said.rank() > view.rank();
    }

    private static boolean matches(OrderStatus view, OrderStatus said) {
        return view == said || (view == OrderStatus.PENDING && said == OrderStatus.ORDER_SUCCESS);
    }

    private Optional<InquireOrderDetailResponse> inquireCall() throws InterruptedException {
        return retried("inquireOrderDetail", "requestOrderId " + order.requestOrderId(),
                () -> ctx.pos().inquireOrderDetail(order.requestOrderId()), InquireOrderDetailResponse::getResult);
    }

    /** A call retried on failures and U (same request), up to {@link #MAX_CALL_ATTEMPTS}; empty if it never answered S/F. */
    private <T> Optional<T> retried(String operation, String what, Supplier<PosCall<T>> call,
                                    java.util.function.Function<T, Result> result) throws InterruptedException {
        for (int attempt = 1; attempt <= MAX_CALL_ATTEMPTS; attempt++) {
            PosCall<T> outcome = call.get();
            if (!outcome.answered()) {
                log("OUT", operation, what + ": " + outcome.failure());
                failure(outcome.failure(), operation);
                pause(attempt);
                continue;
            }
            Result answer = result.apply(outcome.answer());
            log("OUT", operation, what + " → " + answer.getResultStatus() + " " + answer.getResultCode()
                    + (answer.getResultMessage() == null || answer.getResultStatus() == ResultStatus.S ? "" : " " + answer.getResultMessage())
                    + (outcome.answer() instanceof InquireOrderDetailResponse inquiry && inquiry.getOrderStatus() != null
                    ? " orderStatus=" + inquiry.getOrderStatus() + " posOrderId=" + inquiry.getPosOrderId() : "")
                    + " (" + outcome.elapsed().toMillis() + " ms)");
            if (answer.getResultStatus() == ResultStatus.U) {
                pause(attempt);
                continue;
            }
            return Optional.of(outcome.answer());
        }
        log("NOTE", operation, "no final answer after " + MAX_CALL_ATTEMPTS + " attempts");
        return Optional.empty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void failure(PosFailure failure, String operation) {
        ViolationKind kind = switch (failure.kind()) {
            case TIMEOUT -> "createOrder".equals(operation) ? ViolationKind.CREATE_ORDER_TOO_SLOW : null;
            case UNSIGNED -> ViolationKind.ANSWER_NOT_SIGNED;
            case BAD_SIGNATURE -> ViolationKind.INVALID_SIGNATURE_FROM_POS;
            case NON_200, NO_RESULT -> ViolationKind.NON_200_OR_NO_RESULT;
            case SCHEMA -> ViolationKind.SCHEMA_VIOLATION;
            case UNREACHABLE -> ViolationKind.POS_UNREACHABLE;
            case ERROR -> null;
        };
        if (kind == null) {
            return;
        }
        String detail = failure.kind() == PosFailure.Kind.TIMEOUT
                ? "no answer within the " + ctx.createOrderBudget().toMillis() + " ms budget; D-Store inquires and retries"
                : failure.detail();
        violation(kind, operation, detail);
    }

    private void violation(ViolationKind kind, String operation, String details) {
        ctx.violations().record(kind, order.requestOrderId(), operation, details);
        order.log(kind.severity() == Severity.ERROR ? "VIOLATION" : "WARNING", operation, kind + ": " + details);
    }

    private void log(String direction, String operation, String summary) {
        order.log(direction, operation, summary);
    }

    private void progress(String text) {
        order.log("NOTE", "flow", text);
    }

    private void stop(String why) {
        stopped = true;
        outcome = why;
        order.log("NOTE", "flow", "remaining steps skipped: " + why);
    }

    private Duration within(Duration given) {
        return given != null ? given : ctx.notificationTimeout();
    }

    private void pause(int attempt) throws InterruptedException {
        ctx.clock().sleep(RETRY_PAUSE.multipliedBy(attempt));
    }

    private CreateOrderRequest copy(CreateOrderRequest request) {
        try {
            return ctx.json().readValue(ctx.json().writeValueAsBytes(request), Argument.of(CreateOrderRequest.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T join(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static String describe(CreateOrderResponse answer) {
        Result result = answer.getResult();
        return result.getResultStatus() + " " + result.getResultCode()
                + (answer.getPosOrderId() == null ? "" : " posOrderId=" + answer.getPosOrderId())
                + (answer.getAutoAccept() == null ? "" : " autoAccept=" + answer.getAutoAccept())
                + (answer.getOrderStatus() == null ? "" : " orderStatus=" + answer.getOrderStatus())
                + (result.getResultStatus() == ResultStatus.S || result.getResultMessage() == null ? "" : " " + result.getResultMessage());
    }

    static String describe(PushOrderChangeRequest request) {
        StringBuilder text = new StringBuilder("requestId=").append(request.getRequestId());
        if (request.getOrderStatus() != null) {
            text.append(" orderStatus=").append(request.getOrderStatus().getValue());
        }
        if (request.getDeliveryStatus() != null) {
            text.append(" deliveryStatus=").append(request.getDeliveryStatus().getValue());
        }
        if (request.getRefundInfo() != null) {
            text.append(" modification, refund ").append(request.getRefundInfo().getRefundAmount().getValue())
                    .append(' ').append(request.getRefundInfo().getRefundAmount().getCurrency());
        }
        return text.toString();
    }
}

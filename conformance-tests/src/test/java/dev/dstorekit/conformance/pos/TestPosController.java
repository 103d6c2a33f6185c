package dev.dstorekit.conformance.pos;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.InquiryOrderStatus;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.server.PosGatewayApi;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A correct POS in a few dozen lines — idempotent on requestOrderId and requestId, orders kept in memory
 * (fine for a test fixture, never for a real server) — plus the flaws a test switches on.
 */
@Controller
@Requires(property = TestPosConfig.PREFIX + ".client-id")
class TestPosController implements PosGatewayApi {

    private static final Set<InquiryOrderStatus> FINAL = EnumSet.of(InquiryOrderStatus.CANCELLED,
            InquiryOrderStatus.REJECTED, InquiryOrderStatus.ORDER_FAIL);
    /** The column width of {@link Flaw#SHORT_COLUMNS}. */
    private static final int SHORT_COLUMN = 64;

    /** An order as the POS keeps it: the stored answer and the current status. */
    static final class StoredOrder {
        final OrderChannel channel;
        final CreateOrderResponse answer;
        volatile InquiryOrderStatus status = InquiryOrderStatus.ACCEPTED;

        StoredOrder(OrderChannel channel, CreateOrderResponse answer) {
            this.channel = channel;
            this.answer = answer;
        }
    }

    private final TestPosConfig config;
    private final TestPosOutbound outbound;
    private final Map<String, StoredOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, PushOrderChangeResponse> pushes = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    TestPosController(TestPosConfig config, TestPosOutbound outbound) {
        this.config = config;
        this.outbound = outbound;
    }

    @Override
    public HttpResponse<CreateOrderResponse> createOrder(CreateOrderRequest request) {
        if (!config.account().equals(request.getPosAccountId()) || !config.store().equals(request.getPosStoreId())) {
            return HttpResponse.ok(new CreateOrderResponse(result(ResultStatus.F, "STORE_NOT_FOUND",
                    "posStoreId " + request.getPosStoreId() + " is not known for posAccountId " + request.getPosAccountId())));
        }
        if (config.has(Flaw.SLOW_CREATE_ORDER)) {
            sleep(config.slowness().toMillis());
        }
        if (config.has(Flaw.SHORT_COLUMNS) && longestText(request.getOrderProducts()) > SHORT_COLUMN) {
            // what a generic error handler makes of "value too long for type character varying(64)"
            return HttpResponse.ok(new CreateOrderResponse(result(ResultStatus.U, "UNKNOWN_EXCEPTION",
                    "Temporary failure; retry with the same parameters")));
        }
        if (config.has(Flaw.INT_OVERFLOW)) {
            intTotal(request.getOrderProducts());
        }
        if (config.has(Flaw.NEW_POS_ORDER_ID_ON_REPLAY)) {
            StoredOrder order = newOrder(request);
            orders.put(request.getRequestOrderId(), order);
            return HttpResponse.ok(order.answer);
        }
        boolean[] created = {false};
        StoredOrder order = orders.computeIfAbsent(request.getRequestOrderId(), id -> {
            created[0] = true;
            return newOrder(request);
        });
        if (created[0]) {
            outbound.orderCreated(request.getRequestOrderId(), this);
        }
        return HttpResponse.ok(order.answer);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<InquireOrderDetailResponse> inquireOrderDetail(InquireOrderDetailRequest request) {
        StoredOrder order = orders.get(request.getRequestOrderId());
        if (order == null) {
            return HttpResponse.ok(new InquireOrderDetailResponse(result(ResultStatus.F, "ORDER_NOT_EXIST",
                    "No order for requestOrderId " + request.getRequestOrderId())));
        }
        if (config.has(Flaw.STATUS_OUTSIDE_ENUM) && order.status == InquiryOrderStatus.ACCEPTED) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("result", Map.of("resultStatus", "S", "resultCode", "SUCCESS", "resultMessage", "success"));
            answer.put("posOrderId", order.answer.getPosOrderId());
            answer.put("orderStatus", "IN_KITCHEN");
            return (HttpResponse) HttpResponse.ok(answer);
        }
        return HttpResponse.ok(new InquireOrderDetailResponse(result(ResultStatus.S, "SUCCESS", "success"))
                .posOrderId(order.answer.getPosOrderId())
                .orderStatus(order.status));
    }

    @Override
    public HttpResponse<PushOrderChangeResponse> pushOrderChange(PushOrderChangeRequest request) {
        return HttpResponse.ok(pushes.computeIfAbsent(request.getRequestId(), id -> apply(request)));
    }

    /**
     * The merchant moves an order one step on ({@code from} → {@code to}); refused when the order is elsewhere,
     * e.g. the channel cancelled it meanwhile.
     */
    boolean advance(String requestOrderId, InquiryOrderStatus from, InquiryOrderStatus to) {
        StoredOrder order = orders.get(requestOrderId);
        if (order == null) {
            return false;
        }
        synchronized (order) {
            if (order.status != from) {
                return false;
            }
            order.status = to;
            return true;
        }
    }

    private PushOrderChangeResponse apply(PushOrderChangeRequest request) {
        StoredOrder order = orders.get(request.getRequestOrderId());
        if (order == null) {
            return new PushOrderChangeResponse(result(ResultStatus.F, "ORDER_NOT_EXIST",
                    "No order for requestOrderId " + request.getRequestOrderId()));
        }
        synchronized (order) {
            if (request.getOrderStatus() != null) {
                InquiryOrderStatus next = InquiryOrderStatus.fromValue(request.getOrderStatus().getValue());
                boolean foodpandaCancel = order.status == InquiryOrderStatus.COMPLETED && next == InquiryOrderStatus.CANCELLED
                        && order.channel == OrderChannel.FOODPANDA;
                if (FINAL.contains(order.status) || order.status == InquiryOrderStatus.COMPLETED && !foodpandaCancel) {
                    return new PushOrderChangeResponse(result(ResultStatus.F, "ORDER_STATUS_INVALID",
                            order.status + " → " + next + " is not allowed"));
                }
                order.status = next;
            }
        }
        return new PushOrderChangeResponse(result(ResultStatus.S, "SUCCESS", "success"));
    }

    private StoredOrder newOrder(CreateOrderRequest request) {
        CreateOrderResponse answer = new CreateOrderResponse(result(ResultStatus.S, "SUCCESS", "success"))
                .posOrderId("POS-" + sequence.incrementAndGet())
                .autoAccept(true)
                .orderStatus(InquiryOrderStatus.ACCEPTED);
        return new StoredOrder(request.getOrderChannel(), answer);
    }

    /** The longest posProductId or name of the lines and their modifiers, in code points. */
    private static int longestText(List<OrderProduct> lines) {
        int longest = 0;
        for (OrderProduct line : lines) {
            longest = Math.max(longest, Math.max(codePoints(line.getPosProductId()), codePoints(line.getName())));
            longest = Math.max(longest, longestModifierText(line.getModifiers()));
        }
        return longest;
    }

    private static int longestModifierText(List<OrderProductModifier> modifiers) {
        int longest = 0;
        for (OrderProductModifier modifier : modifiers == null ? List.<OrderProductModifier>of() : modifiers) {
            longest = Math.max(longest, Math.max(codePoints(modifier.getPosProductId()), codePoints(modifier.getName())));
            longest = Math.max(longest, longestModifierText(modifier.getModifiers()));
        }
        return longest;
    }

    private static int codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** The order's total in int arithmetic, as {@link Flaw#INT_OVERFLOW} does it: past 2^31 it throws. */
    private static int intTotal(List<OrderProduct> lines) {
        int total = 0;
        for (OrderProduct line : lines) {
            int unit = Math.addExact(line.getUnitPrice().getValue(), intModifiers(line.getModifiers()));
            total = Math.addExact(total, Math.multiplyExact(line.getQuantity(), unit));
        }
        return total;
    }

    private static int intModifiers(List<OrderProductModifier> modifiers) {
        int sum = 0;
        for (OrderProductModifier m : modifiers == null ? List.<OrderProductModifier>of() : modifiers) {
            int unit = Math.addExact(m.getUnitPrice().getValue(), intModifiers(m.getModifiers()));
            sum = Math.addExact(sum, Math.multiplyExact(m.getQuantity(), unit));
        }
        return sum;
    }

    private static Result result(ResultStatus status, String code, String message) {
        return new Result(status, code).resultMessage(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.dstorekit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.InquiryOrderStatus;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.server.PosGatewayApi;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POS for tests: the generated {@link PosGatewayApi} implemented in memory, served over the JDK's HTTP server
 * with the signature scheme done by hand, plus a tiny merchant API the simulator's merchant driver calls. By
 * default it behaves correctly; each {@link Misbehaviour} breaks one D-Store rule on purpose.
 */
public final class FakePos implements PosGatewayApi, AutoCloseable {

    /** Deliberate ways to be wrong. */
    public enum Misbehaviour {
        /** Every createOrder creates a new order, replays included. */
        NEW_POS_ORDER_ID_ON_RETRY,
        /** Answers carry no signature headers. */
        UNSIGNED_ANSWERS,
        /** Answers are signed with a key D-Store does not know. */
        WRONGLY_SIGNED_ANSWERS,
        /** After COMPLETED the merchant side also sends ACCEPTED. */
        ILLEGAL_TRANSITION,
        /** Merchant refunds are sent 100 above what was paid. */
        REFUND_ABOVE_PAID,
        /** The first createOrder takes longer than the budget. */
        SLOW_CREATE,
        /** The first createOrder is answered HTTP 500 with an HTML page. */
        ERROR_500,
        /** inquireOrderDetail always says ORDER_SUCCESS. */
        STALE_INQUIRY,
        /** COMPLETED → CANCELLED is refused even for foodpanda. */
        REFUSES_CANCEL_AFTER_COMPLETE,
        /** The merchant API refuses every status change (HTTP 409) and tells D-Store nothing. */
        MERCHANT_API_REFUSES
    }

    public static final String ACCOUNT = "MER-AHSENG-0001";
    public static final String AUTO_STORE = "STORE-MAXWELL-0123";
    public static final String MANUAL_STORE = "STORE-AMOY-0105";

    private record PosOrder(String posOrderId, CreateOrderRequest request, AtomicLong refunded, String[] status) {
    }

    private final HttpServer server;
    private final Map<String, PosOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, PushOrderChangeResponse> pushAnswers = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Set<Misbehaviour> misbehaviours = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean unknownNext = new AtomicBoolean();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final Duration slowBy;
    private volatile JsonMapper json;
    private volatile SignedHttp toSimulator;

    public FakePos(Duration slowBy) {
        this.slowBy = slowBy;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v2/pos/", this::gateway);
        server.createContext("/merchant/", this::merchant);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Where the simulator listens, and its JSON mapper (the generated models are Micronaut serde types). */
    public void connect(URI simulator, JsonMapper mapper) {
        this.json = mapper;
        this.toSimulator = SignedHttp.asPos(simulator);
    }

    public void behave(Misbehaviour... wrong) {
        misbehaviours.clear();
        misbehaviours.addAll(wrong.length == 0 ? Set.of() : EnumSet.of(wrong[0], wrong));
        createCalls.set(0);
    }

    public int orderCount() {
        return orders.size();
    }

    /** Full syncProduct of both stores (the spec's chicken-rice catalog); returns the simulator's result codes. */
    public List<String> syncCatalogs() {
        return List.of(AUTO_STORE, MANUAL_STORE).stream().map(store -> {
            var body = SpecExamples.syncProductFullSync();
            body.put("requestId", "sync-" + store + "-" + UUID.randomUUID());
            body.put("posAccountId", ACCOUNT);
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("store")).put("posStoreId", store);
            return toSimulator.post("/v2/pos/syncProduct", SpecExamples.text(body)).resultCode();
        }).toList();
    }

    /** A merchant-driver script for this POS's merchant API. */
    public Path merchantScript(Path directory) {
        String script = """
                variables:
                  base: %s
                actions:
                  status:
                    url: "{base}/merchant/status/{posOrderId}"
                    body: '{"status":"{status}"}'
                  refund:
                    url: "{base}/merchant/refund/{posOrderId}"
                    body: '{"amount":{amount},"currency":"{currency}"}'
                  delivery-status:
                    url: "{base}/merchant/delivery/{posOrderId}"
                    body: '{"deliveryStatus":"{deliveryStatus}"}'
                  pos-fault:
                    url: "{base}/merchant/pos-fault"
                    body: '{"fault":"{fault}"}'
                """.formatted(uri());
        try {
            Path file = directory.resolve("fake-pos-merchant.yaml");
            Files.writeString(file, script);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- PosGatewayApi -------------------------------------------------------------------------------------------

    @Override
    public HttpResponse<CreateOrderResponse> createOrder(CreateOrderRequest request) {
        int call = createCalls.incrementAndGet();
        if (misbehaviours.contains(Misbehaviour.SLOW_CREATE) && call == 1) {
            sleep(slowBy);
        }
        if (unknownNext.getAndSet(false)) {
            return HttpResponse.ok(new CreateOrderResponse(result(ResultStatus.U, "UNKNOWN_EXCEPTION", "merchant POS offline, retry")));
        }
        boolean manual = MANUAL_STORE.equals(request.getPosStoreId());
        PosOrder order = misbehaviours.contains(Misbehaviour.NEW_POS_ORDER_ID_ON_RETRY)
                ? newOrder(request, manual)
                : orders.computeIfAbsent(request.getRequestOrderId(), id -> newOrder(request, manual));
        if (misbehaviours.contains(Misbehaviour.NEW_POS_ORDER_ID_ON_RETRY)) {
            orders.put(request.getRequestOrderId(), order);
        }
        return HttpResponse.ok(new CreateOrderResponse(result(ResultStatus.S, "SUCCESS", "success"))
                .posOrderId(order.posOrderId()).autoAccept(!manual)
                .orderStatus(InquiryOrderStatus.fromValue(manual ? "ORDER_SUCCESS" : "ACCEPTED")));
    }

    @Override
    public HttpResponse<InquireOrderDetailResponse> inquireOrderDetail(InquireOrderDetailRequest request) {
        PosOrder order = orders.get(request.getRequestOrderId());
        if (order == null) {
            return HttpResponse.ok(new InquireOrderDetailResponse(result(ResultStatus.F, "ORDER_NOT_EXIST",
                    "No order for requestOrderId " + request.getRequestOrderId())));
        }
        String status = misbehaviours.contains(Misbehaviour.STALE_INQUIRY) ? "ORDER_SUCCESS" : order.status()[0];
        return HttpResponse.ok(new InquireOrderDetailResponse(result(ResultStatus.S, "SUCCESS", "success"))
                .posOrderId(order.posOrderId()).orderStatus(InquiryOrderStatus.fromValue(status)));
    }

    @Override
    public HttpResponse<PushOrderChangeResponse> pushOrderChange(PushOrderChangeRequest request) {
        return HttpResponse.ok(pushAnswers.computeIfAbsent(request.getRequestId(), id -> applyPush(request)));
    }

    private PushOrderChangeResponse applyPush(PushOrderChangeRequest request) {
        PosOrder order = orders.get(request.getRequestOrderId());
        if (order == null) {
            return new PushOrderChangeResponse(result(ResultStatus.F, "ORDER_NOT_EXIST", "No order " + request.getRequestOrderId()));
        }
        synchronized (order) {
            if (request.getOrderStatus() != null) {
                String from = order.status()[0];
                String to = request.getOrderStatus().getValue();
                boolean foodpanda = order.request().getOrderChannel() == OrderChannel.FOODPANDA;
                boolean terminal = Set.of("COMPLETED", "CANCELLED", "REJECTED", "ORDER_FAIL").contains(from);
                boolean allowed = !terminal || ("COMPLETED".equals(from) && "CANCELLED".equals(to) && foodpanda
                        && !misbehaviours.contains(Misbehaviour.REFUSES_CANCEL_AFTER_COMPLETE));
                if (!allowed) {
                    return new PushOrderChangeResponse(result(ResultStatus.F, "ORDER_STATUS_INVALID", to + " not allowed after " + from));
                }
                order.status()[0] = to;
            }
            if (request.getRefundInfo() != null) {
                order.refunded().addAndGet(request.getRefundInfo().getRefundAmount().getValue());
            }
        }
        return new PushOrderChangeResponse(result(ResultStatus.S, "SUCCESS", "success"));
    }

    private PosOrder newOrder(CreateOrderRequest request, boolean manual) {
        return new PosOrder("FAKE-" + ids.incrementAndGet(), request, new AtomicLong(), new String[] {manual ? "ORDER_SUCCESS" : "ACCEPTED"});
    }

    private static Result result(ResultStatus status, String code, String message) {
        return new Result(status, code).resultMessage(message);
    }

    // ---- merchant side -------------------------------------------------------------------------------------------

    private void merchant(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        JsonNode body = SpecExamples.JSON.readTree(exchange.getRequestBody().readAllBytes());
        String action = path[2];
        if ("pos-fault".equals(action)) {
            unknownNext.set(true);
            reply(exchange, 204, new byte[0], Map.of());
            return;
        }
        PosOrder order = orders.values().stream().filter(o -> o.posOrderId().equals(path[3])).findFirst().orElse(null);
        if (order == null) {
            reply(exchange, 404, new byte[0], Map.of());
            return;
        }
        if ("status".equals(action) && misbehaviours.contains(Misbehaviour.MERCHANT_API_REFUSES)) {
            reply(exchange, 409, "{\"title\":\"Conflict\"}".getBytes(StandardCharsets.UTF_8), Map.of());
            return;
        }
        String requestOrderId = order.request().getRequestOrderId();
        String answer;
        switch (action) {
            case "status" -> {
                String status = body.path("status").asText();
                answer = notify(requestOrderId, "\"orderStatus\":\"" + status + "\"");
                if (answer.equals("S")) {
                    synchronized (order) {
                        order.status()[0] = status;
                    }
                    if ("COMPLETED".equals(status) && misbehaviours.contains(Misbehaviour.ILLEGAL_TRANSITION)) {
                        notify(requestOrderId, "\"orderStatus\":\"ACCEPTED\"");
                    }
                }
            }
            case "refund" -> {
                long amount = body.path("amount").asLong();
                if (misbehaviours.contains(Misbehaviour.REFUND_ABOVE_PAID)) {
                    amount = order.request().getOrderAmount().getValue() + 100;
                }
                answer = notify(requestOrderId, "\"refundAmount\":{\"value\":" + amount + ",\"currency\":\""
                        + body.path("currency").asText() + "\"},\"refundReason\":\"merchant refund\"");
            }
            case "delivery" -> answer = notify(requestOrderId, "\"deliveryStatus\":\"" + body.path("deliveryStatus").asText() + "\"");
            default -> answer = "unknown action";
        }
        reply(exchange, "S".equals(answer) ? 200 : 409, answer.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private String notify(String requestOrderId, String change) {
        String body = "{\"requestId\":\"ntf-" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + requestOrderId + "\"," + change + "}";
        return toSimulator.post("/v2/pos/notifyOrderChange", body).resultStatus();
    }

    // ---- HTTP and signatures -------------------------------------------------------------------------------------

    private void gateway(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Verification verification = new RsaSignatureVerifier(TestKeys.DSTORE.getPublic()).verify("POST", path,
                exchange.getRequestHeaders().getFirst("Client-Id"), exchange.getRequestHeaders().getFirst("Request-Time"), body,
                exchange.getRequestHeaders().getFirst("Signature"));
        Object answer;
        if (!verification.valid()) {
            answer = Map.of("result", Map.of("resultStatus", "F", "resultCode", "INVALID_SIGNATURE", "resultMessage", verification.detail()));
        } else if (path.endsWith("/createOrder") && misbehaviours.contains(Misbehaviour.ERROR_500) && createCalls.get() == 0) {
            createCalls.incrementAndGet();
            reply(exchange, 500, "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "text/html"));
            return;
        } else {
            answer = switch (path) {
                case "/v2/pos/createOrder" -> createOrder(read(body, CreateOrderRequest.class)).body();
                case "/v2/pos/inquireOrderDetail" -> inquireOrderDetail(read(body, InquireOrderDetailRequest.class)).body();
                case "/v2/pos/pushOrderChange" -> pushOrderChange(read(body, PushOrderChangeRequest.class)).body();
                default -> Map.of("result", Map.of("resultStatus", "F", "resultCode", "INVALID_API", "resultMessage", path));
            };
        }
        byte[] bytes = json.writeValueAsBytes(answer);
        String time = RequestTimes.now(Clock.system(ZoneOffset.ofHours(8)));
        Map<String, String> headers = Map.of();
        if (!misbehaviours.contains(Misbehaviour.UNSIGNED_ANSWERS)) {
            KeyPair key = misbehaviours.contains(Misbehaviour.WRONGLY_SIGNED_ANSWERS) ? TestKeys.STRANGER : TestKeys.POS;
            String signature = new RsaPayloadSigner(key.getPrivate()).sign("POST", path, TestSignature.CLIENT_ID, time, bytes);
            headers = Map.of("Client-Id", TestSignature.CLIENT_ID, "Response-Time", time, "Signature", signature);
        }
        reply(exchange, 200, bytes, headers);
    }

    private <T> T read(byte[] body, Class<T> type) throws IOException {
        return json.readValue(body, Argument.of(type));
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}

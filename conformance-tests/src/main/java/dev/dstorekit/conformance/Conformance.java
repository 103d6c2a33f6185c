package dev.dstorekit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.ExchangeLog;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.client.PosClient;
import dev.dstorekit.conformance.generate.GeneratorSettings;
import dev.dstorekit.conformance.generate.RequestGenerator;
import dev.dstorekit.conformance.orders.Catalog;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.orders.RunIds;
import dev.dstorekit.conformance.outbound.EmbeddedDStore;
import dev.dstorekit.conformance.outbound.ReceivedCall;
import dev.dstorekit.conformance.spec.ApiSpec;
import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.SignatureVerifier;
import org.opentest4j.AssertionFailedError;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the suite against one POS: configuration, keys, the client, the spec, the orders it creates and
 * the embedded D-Store endpoint. Created on first use by {@link ConformanceExtension} and closed when the run
 * ends, so every case of a run shares it.
 */
public final class Conformance implements AutoCloseable {

    private final ConformanceConfig config;
    private final PayloadSigner dstoreSigner;
    private final SignatureVerifier posVerifier;
    private final ApiSpec spec;
    private final ExchangeLog log = new ExchangeLog();
    private final PosClient pos;
    private final EmbeddedDStore dstore;
    private final OrderFactory orders;
    private final RequestGenerator generator;
    private final OrderBook book = new OrderBook();
    private final List<String> notes = new ArrayList<>();
    private boolean outboundSettled;

    private Conformance(ConformanceConfig config, PrintStream console) {
        this.config = config;
        this.dstoreSigner = new RsaPayloadSigner(config.dstorePrivateKey());
        this.posVerifier = new RsaSignatureVerifier(config.posPublicKey());
        this.spec = ApiSpec.load();
        this.pos = new PosClient(config.target(), config.clientId(), dstoreSigner, config.requestTimeout(), log);
        this.dstore = EmbeddedDStore.start(config.dstorePort(), config.clientId(), dstoreSigner, posVerifier, spec);
        note("Target POS: " + config.target() + " (Client-Id " + config.clientId() + ", store "
                + config.posAccountId() + "/" + config.posStoreId() + ")");
        note("Embedded D-Store endpoint for the POS's outbound calls: " + dstore.url()
                + " (listening on all interfaces, port " + dstore.url().getPort() + ")");
        console.println("[conformance] " + notes.get(notes.size() - 1));
        note("The embedded endpoint answers the first valid call of each operation U/UNKNOWN_EXCEPTION, to see the POS"
                + " retry it unchanged; later calls get S/SUCCESS");
        Catalog catalog = catalog(config, console);
        note("Products ordered: " + catalog.products().stream().map(Catalog.Product::posProductId).toList()
                + " from " + catalog.source());
        this.orders = new OrderFactory(config.posAccountId(), config.posStoreId(), catalog, new RunIds());
        note("Ids of this run start with " + orders.ids().prefix());
        this.generator = new RequestGenerator(spec, config.generator(), config.posAccountId(), config.posStoreId(),
                catalog, orders.ids());
        note(reproduce());
        console.println("[conformance] " + reproduce());
    }

    public static Conformance start(ConformanceConfig config) {
        return new Conformance(config, System.out);
    }

    private Catalog catalog(ConformanceConfig config, PrintStream console) {
        if (!config.productIds().isEmpty()) {
            return Catalog.configured(config.productIds(), config.currency());
        }
        console.println("[conformance] No product ids given: waiting up to " + config.catalogWait().toSeconds()
                + " s for the POS to send syncProduct to " + dstore.url());
        dstore.await(calls -> learned(calls, config).isPresent(), config.catalogWait());
        return learned(dstore.received(), config).orElseGet(() -> {
            note("WARNING: no product ids configured and no usable syncProduct received; ordering the unknown product "
                    + Catalog.PLACEHOLDER_PRODUCT + " (the spec says the POS must still accept it)");
            return Catalog.placeholder(config.currency());
        });
    }

    private static Optional<Catalog> learned(List<ReceivedCall> calls, ConformanceConfig config) {
        return calls.stream()
                .filter(c -> c.operation() == Operation.SYNC_PRODUCT && c.json() != null && c.schemaProblems().isEmpty()
                        && c.signingProblem() == null)
                .map(c -> Catalog.fromSyncProduct(c.json(), config.currency()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public ConformanceConfig config() {
        return config;
    }

    public PosClient pos() {
        return pos;
    }

    public ApiSpec spec() {
        return spec;
    }

    public OrderFactory orders() {
        return orders;
    }

    /** {@code Generated requests: seed 42 (random), 20 per data-acceptance case; the same requests again with --seed 42 …}. */
    public String reproduce() {
        GeneratorSettings generated = config.generator();
        return "Generated requests: seed " + generated.seed() + (generated.seedGiven() ? " (given)" : " (random)") + ", "
                + generated.requests() + " per data-acceptance case; the same requests again with " + generated.reproduce();
    }

    /** Schema-valid requests at the edges of the spec, for the data-acceptance cases. */
    public RequestGenerator generator() {
        return generator;
    }

    public OrderBook book() {
        return book;
    }

    public EmbeddedDStore dstore() {
        return dstore;
    }

    public ExchangeLog log() {
        return log;
    }

    /** Checks the POS's answers and outbound calls. */
    public SignatureVerifier posVerifier() {
        return posVerifier;
    }

    /** Facts about the run for the report (target, embedded endpoint, catalog). */
    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    private synchronized void note(String note) {
        notes.add(note);
    }

    // ---- calls used by many cases ----------------------------------------------------------------------------

    /** Sends a createOrder correctly signed; an S answer is remembered in the {@link OrderBook}. */
    public Exchange createOrder(JsonNode order) {
        Exchange answer = pos.send(Operation.CREATE_ORDER, OrderFactory.bytes(order));
        if (answer.isResult("S", null)) {
            String status = answer.field("orderStatus");
            book.add(order.path("requestOrderId").asText(), new OrderBook.Entry(order.path("orderChannel").asText(),
                    answer.field("posOrderId"), status == null ? "ORDER_SUCCESS" : status));
        }
        return answer;
    }

    public Exchange inquire(String requestOrderId) {
        return pos.send(Operation.INQUIRE_ORDER_DETAIL, OrderFactory.bytes(orders.inquire(requestOrderId)));
    }

    public Exchange push(JsonNode change) {
        return pos.send(Operation.PUSH_ORDER_CHANGE, OrderFactory.bytes(change));
    }

    /**
     * Creates {@code order} as a precondition of a case.
     *
     * @throws AssertionFailedError if the POS does not answer S, naming the precondition
     */
    public Exchange created(ObjectNode order) {
        Exchange answer = createOrder(order);
        if (!answer.isResult("S", null)) {
            throw new AssertionFailedError("Precondition failed: a valid, correctly signed createOrder ("
                    + order.path("orderChannel").asText() + " " + order.path("serviceType").asText()
                    + ") must be answered S/SUCCESS, got " + answer.outcome());
        }
        return answer;
    }

    /**
     * The calls the POS made to the embedded D-Store endpoint, once it seems done: the first caller waits up to the
     * outbound wait for a first call and then for a second of quiet, later callers get what arrived by then and more.
     */
    public synchronized List<ReceivedCall> outboundCalls() {
        if (!outboundSettled) {
            Duration wait = config.outboundWait();
            Duration quiet = wait.compareTo(Duration.ofSeconds(1)) < 0 ? wait : Duration.ofSeconds(1);
            dstore.awaitQuiet(quiet, wait);
            outboundSettled = true;
        }
        return dstore.received();
    }

    /** {@code 10 s}, {@code 0.5 s}: for messages. */
    public static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }

    @Override
    public void close() {
        dstore.close();
    }
}

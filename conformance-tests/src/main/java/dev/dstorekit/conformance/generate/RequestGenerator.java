package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Settings;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.generate.RandomShape.Presence;
import dev.dstorekit.conformance.generate.RandomShape.Range;
import dev.dstorekit.conformance.orders.Catalog;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.orders.RunIds;
import dev.dstorekit.conformance.spec.ApiSpec;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates schema-valid createOrder, pushOrderChange and inquireOrderDetail requests at the edges of what the POS
 * spec allows, by walking the spec's schemas ({@link SchemaWalker}) and applying the contract rules the schema cannot
 * express: the configured store, one currency, a delivery address for DELIVERY, and for pushes the documented limits
 * of modifications and refunds. Seeded: the run's seed, the kind and the number of a request decide it entirely
 * (only the unique ids differ from run to run). Every request is validated against its schema before it is handed
 * out; one that is not valid is a bug of this generator and fails loudly.
 */
public final class RequestGenerator {

    /** Bodies stay well under the 1 MB a POS (pos-server among them) may refuse to read. */
    public static final int BODY_LIMIT = 512 * 1024;
    private static final String CURRENCY_PATTERN = "^[A-Z]{3}$";
    private static final List<String> SERVICE_TYPES = List.of("PICKUP", "DINEIN", "DELIVERY");
    private static final String AMOUNT_LEAF = "orderAmount.value";

    private final ApiSpec spec;
    private final GeneratorSettings settings;
    private final String posAccountId;
    private final String posStoreId;
    private final Catalog catalog;
    private final RunIds ids;
    private final SchemaWalker walker;
    private final PushRequests pushes;
    private final Map<String, Long> prices = new HashMap<>();

    public RequestGenerator(ApiSpec spec, GeneratorSettings settings, String posAccountId, String posStoreId,
                            Catalog catalog, RunIds ids) {
        this.spec = spec;
        this.settings = settings;
        this.posAccountId = posAccountId;
        this.posStoreId = posStoreId;
        this.catalog = catalog;
        this.ids = ids;
        this.walker = new SchemaWalker(spec, Map.of(CURRENCY_PATTERN, catalog.first().currency()));
        this.pushes = new PushRequests(walker, settings, catalog, ids);
        for (Catalog.Product p : catalog.modifiers()) {
            prices.put(p.posProductId(), p.price());
        }
        for (Catalog.Product p : catalog.products()) {
            prices.put(p.posProductId(), p.price());
        }
    }

    public GeneratorSettings settings() {
        return settings;
    }

    // ---- createOrder -------------------------------------------------------------------------------------------

    /** The {@code index}-th createOrder request of {@code edge}; enum choices are spread by {@code coverage}. */
    public GeneratedRequest createOrder(Edge edge, int index, EnumCoverage coverage) {
        long seed = Seeds.of(settings.seed(), edge.name(), index);
        Trace trace = new Trace();
        Leaves ordinary = new OrdinaryLeaves(seed, catalog);
        AmountMode amounts = switch (edge) {
            case INTEGER_LIMITS -> AmountMode.AS_GENERATED;
            case UNKNOWN_PRODUCTS -> AmountMode.NOT_ADDING_UP;
            default -> AmountMode.ADDING_UP;
        };
        return createOrder(edge, index, seed, edgeLeaves(edge, index, seed, trace, coverage, ordinary), trace, amounts);
    }

    /** What the amounts of a generated order are. */
    private enum AmountMode {
        ADDING_UP, AS_GENERATED, NOT_ADDING_UP
    }

    /**
     * {@code original} rebuilt with the same shape and ordinary leaves, except its edge leaves at {@code paths} (none
     * when empty), under a new requestOrderId: to find which leaves a POS does not take.
     */
    public GeneratedRequest createOrderWithOnly(GeneratedRequest original, Set<String> paths) {
        Edge edge = original.edge();
        long seed = original.seed();
        Trace trace = new Trace();
        Leaves ordinary = new OrdinaryLeaves(seed, catalog);
        Leaves edged = edgeLeaves(edge, original.index(), seed, trace, new EnumCoverage(), ordinary);
        Leaves leaves = paths.isEmpty() ? ordinary : new SomeLeavesLeaves(edged, ordinary, paths);
        AmountMode amounts = edge == Edge.INTEGER_LIMITS && !paths.isEmpty() ? AmountMode.AS_GENERATED
                : edge == Edge.UNKNOWN_PRODUCTS && paths.contains(AMOUNT_LEAF) ? AmountMode.NOT_ADDING_UP : AmountMode.ADDING_UP;
        GeneratedRequest variant = createOrder(edge, original.index(), seed, leaves, trace, amounts);
        String kind = edge.tag() + (paths.isEmpty() ? " without its edges" : " with only " + paths.size() + " edge leaves");
        return new GeneratedRequest(variant.operation(), kind, variant.index(), seed, edge, variant.body(),
                variant.edges(), variant.summary());
    }

    private GeneratedRequest createOrder(Edge edge, int index, long seed, Leaves edgeLeaves, Trace trace,
                                         AmountMode amountMode) {
        Map<String, String> fixed = new HashMap<>(Map.of("posAccountId", posAccountId, "posStoreId", posStoreId));
        if (edge != Edge.ENUMS_AND_OPTIONAL_MEMBERS) {
            // every third order is a DELIVERY one (with its address) and one a DINEIN one (with its table)
            fixed.put("serviceType", SERVICE_TYPES.get(index % SERVICE_TYPES.size()));
        }
        Leaves leaves = new FixedLeaves(fixed, edgeLeaves);
        ObjectNode body = walker.component(Operation.CREATE_ORDER.requestSchema(), leaves,
                new CreateOrderShape(shape(edge, index, seed)));
        body.put("requestOrderId", EdgeStrings.withHead(ids.next(edge.tag()), body.path("requestOrderId").asText()));
        String amounts = switch (amountMode) {
            case AS_GENERATED -> "quantity × unit amount up to " + bits(Amounts.largestLineTotal(body));
            case NOT_ADDING_UP -> makeNotAddUp(body, trace);
            case ADDING_UP -> {
                Amounts.makeAddUp(body, prices);
                yield null;
            }
        };
        return finish(Operation.CREATE_ORDER, edge.tag(), index, seed, edge, body, trace.edges(body),
                orderSummary(body, amounts));
    }

    private Leaves edgeLeaves(Edge edge, int index, long seed, Trace trace, EnumCoverage coverage, Leaves ordinary) {
        return switch (edge) {
            case MAX_LENGTH_ASCII -> new StringEdgeLeaves(StringEdgeLeaves.Mode.MAX_LENGTH_ASCII, seed, trace, ordinary);
            case MAX_LENGTH_NON_BMP -> new StringEdgeLeaves(StringEdgeLeaves.Mode.MAX_LENGTH_NON_BMP, seed, trace, ordinary);
            case CONTROL_CHARACTERS -> new StringEdgeLeaves(StringEdgeLeaves.Mode.CONTROL, seed, trace, ordinary);
            case INTEGER_LIMITS -> new IntegerEdgeLeaves(IntegerEdgeLeaves.Pattern.values()[index
                    % IntegerEdgeLeaves.Pattern.values().length], seed, trace, ordinary);
            case LONG_ARRAYS -> ordinary;
            case UNKNOWN_PRODUCTS -> new UnknownProductLeaves(index % 2 == 0, prices.keySet(), seed, trace, ordinary);
            case ENUMS_AND_OPTIONAL_MEMBERS -> new EnumAndOptionalLeaves(coverage, index % 2 == 1, seed, trace, ordinary);
        };
    }

    private RandomShape shape(Edge edge, int index, long seed) {
        int nesting = settings.maxNesting();
        return switch (edge) {
            case MAX_LENGTH_ASCII, MAX_LENGTH_NON_BMP, CONTROL_CHARACTERS -> new RandomShape(Presence.ALL,
                    Range.of(1, Math.min(3, settings.maxLines())), Range.of(1, Math.min(2, settings.maxModifiers())),
                    Range.of(0, 1), Math.min(2, nesting), Range.of(1, 2), seed);
            case INTEGER_LIMITS -> new RandomShape(Presence.ALL, Range.of(1, Math.min(3, settings.maxLines())),
                    Range.of(1, Math.min(2, settings.maxModifiers())), Range.exactly(1), Math.min(3, nesting),
                    Range.of(1, 2), seed);
            case LONG_ARRAYS -> longArrays(index, seed);
            case UNKNOWN_PRODUCTS -> new RandomShape(Presence.SOME, Range.of(1, Math.min(5, settings.maxLines())),
                    Range.of(0, Math.min(2, settings.maxModifiers())), Range.of(0, 1), Math.min(2, nesting),
                    Range.of(0, 2), seed);
            case ENUMS_AND_OPTIONAL_MEMBERS -> new RandomShape(Presence.values()[index % 3],
                    Range.of(1, Math.min(3, settings.maxLines())), Range.of(0, Math.min(2, settings.maxModifiers())),
                    Range.of(0, 1), Math.min(2, nesting), Range.of(0, 2), seed);
        };
    }

    /**
     * The first three: every maximum at once, the most lines alone, the most (nested) modifiers on one line; then sizes
     * up to the maxima. Optional members are all there, so that no array is left out.
     */
    private RandomShape longArrays(int index, long seed) {
        int lines = settings.maxLines();
        int modifiers = settings.maxModifiers();
        int nesting = settings.maxNesting();
        return switch (index) {
            case 0 -> new RandomShape(Presence.ALL, Range.exactly(lines), Range.exactly(modifiers), Range.exactly(1),
                    nesting, Range.of(0, 2), seed);
            case 1 -> new RandomShape(Presence.ALL, Range.exactly(lines), Range.exactly(0), Range.exactly(0), nesting,
                    Range.of(0, 2), seed);
            case 2 -> new RandomShape(Presence.ALL, Range.exactly(1), Range.exactly(modifiers),
                    Range.of(1, Math.min(2, modifiers)), nesting, Range.of(0, 2), seed);
            default -> new RandomShape(Presence.ALL, Range.of(1, lines), Range.of(0, modifiers), Range.of(0, 2), nesting,
                    Range.of(0, 2), seed);
        };
    }

    /** Leaves the generated amounts as they are, unless they happen to add up; says how far off they are. */
    private static String makeNotAddUp(ObjectNode body, Trace trace) {
        BigInteger expected = Amounts.expectedOrderAmount(body);
        long paid = body.path("orderAmount").path("value").asLong();
        if (Amounts.addUp(body)) {
            paid = paid == Integer.MAX_VALUE ? paid - 1 : paid + 1;
            ((ObjectNode) body.path("orderAmount")).put("value", paid);
        }
        trace.add(AMOUNT_LEAF, "the amount rule gives " + expected);
        return "orderAmount " + paid + ", the amount rule gives " + expected;
    }

    // ---- orders for pushes and inquiries -----------------------------------------------------------------------

    /**
     * An ordinary order (2 or 3 lines, amounts that add up) on {@code channel} for {@code serviceType}, with
     * {@code deliveryProvider} for DELIVERY; under {@code requestOrderId} when given, else a new id.
     */
    public GeneratedRequest ordinaryOrder(String purpose, int index, String channel, String serviceType,
                                          String deliveryProvider, String requestOrderId) {
        long seed = Seeds.of(settings.seed(), "order", purpose, index);
        Map<String, String> fixed = new HashMap<>(Map.of("posAccountId", posAccountId, "posStoreId", posStoreId,
                "orderChannel", channel, "serviceType", serviceType));
        if (deliveryProvider != null) {
            fixed.put("deliveryProvider", deliveryProvider);
        }
        Leaves leaves = new FixedLeaves(fixed, new OrdinaryLeaves(seed, catalog));
        RandomShape inner = new RandomShape(Presence.SOME, Range.of(2, Math.max(2, Math.min(3, settings.maxLines()))),
                Range.of(0, Math.min(2, settings.maxModifiers())), Range.of(0, 1), Math.min(2, settings.maxNesting()),
                Range.of(0, 2), seed);
        Shape shape = new CreateOrderShape(new OneMemberShape("deliveryProvider", deliveryProvider != null, inner));
        ObjectNode body = walker.component(Operation.CREATE_ORDER.requestSchema(), leaves, shape);
        body.put("requestOrderId", requestOrderId != null ? requestOrderId : ids.next(purpose));
        Amounts.makeAddUp(body, prices);
        return finish(Operation.CREATE_ORDER, purpose, index, seed, null, body, List.of(), orderSummary(body, null));
    }

    // ---- pushOrderChange ---------------------------------------------------------------------------------------

    /**
     * The {@code step}-th push of the {@code index}-th pushed order: strings ordinary, at their maxLength in ASCII
     * or non-BMP, or with control characters (by turns); every status and delivery status in turn; optional members
     * absent and present; modifications and refunds within what {@code target} allows.
     */
    public GeneratedRequest push(PushTarget target, int index, int step, EnumCoverage coverage) {
        PushRequests.Built push = pushes.build(target, index, step, coverage);
        return finish(Operation.PUSH_ORDER_CHANGE, "push", index, push.seed(), null, push.body(),
                push.trace().edges(push.body()), push.summary());
    }

    // ---- inquireOrderDetail ------------------------------------------------------------------------------------

    /**
     * A new requestOrderId at an edge, by turns: 255 code points of ASCII, of non-BMP characters, of mixed scripts,
     * or up to 40 with control characters — always starting with a unique run id.
     */
    public String edgeRequestOrderId(int index) {
        int maxLength = spec.schema(Operation.INQUIRE_ORDER_DETAIL.requestSchema())
                .path("properties").path("requestOrderId").path("maxLength").asInt();
        SplittableRandom random = Seeds.random(settings.seed(), "requestOrderId", index);
        EdgeStrings.Style style = List.of(EdgeStrings.Style.ASCII, EdgeStrings.Style.NON_BMP, EdgeStrings.Style.MIXED,
                EdgeStrings.Style.CONTROL).get(index % 4);
        String head = ids.next("inquiry");
        if (style == EdgeStrings.Style.CONTROL) {
            String tail = EdgeStrings.of(style, 1 + random.nextInt(StringEdgeLeaves.CONTROL_LONGEST), random);
            return head + (tail.indexOf('\u0000') < 0 ? tail + '\u0000' : tail);
        }
        return EdgeStrings.withHead(head, EdgeStrings.of(style, maxLength, random));
    }

    /** {@code {"requestOrderId": …}}, validated. */
    public GeneratedRequest inquiry(String requestOrderId, int index) {
        ObjectNode body = new OrderFactory(posAccountId, posStoreId, catalog, ids).inquire(requestOrderId);
        return finish(Operation.INQUIRE_ORDER_DETAIL, "inquiry", index, settings.seed(), null, body,
                List.of(new EdgeLeaf("requestOrderId", EdgeStrings.describe(requestOrderId))),
                "requestOrderId of " + EdgeStrings.describe(requestOrderId));
    }

    // ---- common ------------------------------------------------------------------------------------------------

    private GeneratedRequest finish(Operation operation, String kind, int index, long seed, Edge edge, ObjectNode body,
                                    List<EdgeLeaf> edges, String summary) {
        List<String> problems = spec.validate(operation.requestSchema(), body);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generator bug: " + operation.id() + " " + kind + " #" + (index + 1)
                    + " (seed " + settings.seed() + ") is not a valid " + operation.requestSchema() + ": " + problems);
        }
        int bytes = OrderFactory.bytes(body).length;
        if (bytes > BODY_LIMIT) {
            throw new IllegalStateException(operation.id() + " " + kind + " #" + (index + 1) + " would be " + bytes
                    + " bytes, over the generator's limit of " + BODY_LIMIT + ": lower " + Settings.GENERATED_MAX_LINES
                    + ", " + Settings.GENERATED_MAX_MODIFIERS + " or " + Settings.GENERATED_MAX_NESTING);
        }
        return new GeneratedRequest(operation, kind, index, seed, edge, body, edges,
                operation == Operation.CREATE_ORDER ? summary + ", " + kilobytes(bytes) : summary);
    }

    /** {@code DELIVERY on GRABFOOD, 3 lines, 12 modifiers nested 2 deep}. */
    private static String orderSummary(JsonNode body, String extra) {
        int[] modifiers = new int[2];
        for (JsonNode line : body.path("orderProducts")) {
            count(line, 1, modifiers);
        }
        String text = body.path("serviceType").asText() + " on " + body.path("orderChannel").asText() + ", "
                + plural(body.path("orderProducts").size(), "line") + ", " + plural(modifiers[0], "modifier")
                + (modifiers[1] > 1 ? " nested " + modifiers[1] + " deep" : "");
        return extra == null ? text : text + ", " + extra;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void count(JsonNode item, int depth, int[] modifiers) {
        for (JsonNode modifier : item.path("modifiers")) {
            modifiers[0]++;
            modifiers[1] = Math.max(modifiers[1], depth);
            count(modifier, depth + 1, modifiers);
        }
    }

    private static String kilobytes(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format("%.1f kB", bytes / 1024.0);
    }

    /** {@code 4611686014132420609 (62 bits)}. */
    static String bits(BigInteger value) {
        return value + " (" + value.bitLength() + " bits)";
    }
}

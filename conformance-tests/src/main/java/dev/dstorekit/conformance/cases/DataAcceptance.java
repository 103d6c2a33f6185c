package dev.dstorekit.conformance.cases;

import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.generate.Edge;
import dev.dstorekit.conformance.generate.EdgeStrings;
import dev.dstorekit.conformance.generate.EnumCoverage;
import dev.dstorekit.conformance.generate.GeneratedRequest;
import dev.dstorekit.conformance.generate.GeneratorSettings;
import dev.dstorekit.conformance.generate.PushTarget;
import dev.dstorekit.conformance.generate.RequestGenerator;
import dev.dstorekit.conformance.report.HowToFix;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid requests at the edges of what the spec's schemas allow — generated from the schemas, not from the examples:
 * strings at their maxLength in ASCII and in non-BMP Unicode, control characters, integers at their limits, long
 * arrays, unknown products, every enum value. D-Store can send any of them, and a paid order the POS cannot store
 * is a lost order: each must be stored (S), found by inquireOrderDetail, and replayed with the identical answer.
 * The requests are seeded; the report prints the seed, and {@code --seed} sends the same requests again.
 */
@Order(7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Data acceptance: valid requests at the edges of the schemas (spec components; REFERENCE §3, §5)")
public class DataAcceptance extends ConformanceCase {

    /** A case stops after this many lost orders: the rest would be lost the same way, slowly. */
    private static final int MOST_LOST = 3;
    /** How many failing requests of a case are rebuilt leaf by leaf to find the leaf the POS refuses. */
    private static final int TAKEN_APART = 1;
    private static final int SHOWN = 10;
    private static final Set<String> FINAL = Set.of("COMPLETED", "CANCELLED", "REJECTED", "ORDER_FAIL");
    /** Orders the pushes go to: a GrabFood and a foodpanda delivery by the channel, a D-Store dine-in. */
    private static final String[][] PUSH_TARGETS = {
            {"GRABFOOD", "DELIVERY", "CHANNEL"}, {"FOODPANDA", "DELIVERY", "CHANNEL"}, {"DSTORE", "DINEIN", null}};

    private static final String STORE_ANY_VALID_ORDER = " Answer S only once the order is stored; a valid order the POS"
            + " cannot store must not be answered U forever (D-Store retries, the customer has paid) nor refused as"
            + " PARAM_ILLEGAL. Reproduce with the seed the report prints.";

    @Test
    @Order(1)
    @DisplayName("Every string at its maxLength, in ASCII: createOrder is stored (S), found by inquireOrderDetail, replayed identically")
    @HowToFix("Give every stored field a column at least as long as the spec's maxLength (VARCHAR(255) for a 255 field, TEXT "
            + "where the spec sets none), and so any text you build from request fields (flags, notes, history rows)."
            + STORE_ANY_VALID_ORDER)
    void maxLengthAsciiStringsAreStored(TestReporter reporter) {
        createOrders(Edge.MAX_LENGTH_ASCII, reporter);
    }

    @Test
    @Order(2)
    @DisplayName("Every string at its maxLength in code points, non-BMP (emoji: 2 UTF-16 units, 4 UTF-8 bytes): createOrder is stored, found, replayed identically")
    @HowToFix("Count lengths in Unicode code points as JSON Schema does (String.codePointCount, not String.length(), which "
            + "counts UTF-16 units: an emoji is 2; Bean Validation's @Size counts UTF-16 units too); store text as full UTF-8 "
            + "(MySQL utf8mb4, not utf8) and size byte-length columns for 4 bytes per character." + STORE_ANY_VALID_ORDER)
    void maxLengthNonBmpStringsAreStored(TestReporter reporter) {
        createOrders(Edge.MAX_LENGTH_NON_BMP, reporter);
    }

    @Test
    @Order(3)
    @DisplayName("Strings with control characters (U+0000, tab, newline, U+001F, U+007F, U+2028, …): createOrder is stored, found, replayed identically")
    @HowToFix("Accept and store any JSON string: U+0000 included (PostgreSQL text cannot hold it: encode it, or store the raw "
            + "request as bytea), tabs, newlines, U+2028; escape such characters where you print or log them, and look "
            + "orders up by the exact id." + STORE_ANY_VALID_ORDER)
    void controlCharactersAreStored(TestReporter reporter) {
        createOrders(Edge.CONTROL_CHARACTERS, reporter);
    }

    @Test
    @Order(4)
    @DisplayName("Integers at their minimum and maximum (quantity × unitPrice beyond 32 bits, nested modifiers beyond 64): createOrder is stored, found, replayed identically")
    @HowToFix("Compute amounts with overflow checks (Math.multiplyExact/addExact on long) or BigInteger: quantity and unitPrice"
            + " may each be 2147483647 and nested modifiers multiply further. A total that does not fit is an amount that"
            + " does not add up: flag the order for the merchant, do not fail it." + STORE_ANY_VALID_ORDER)
    void integersAtTheirLimitsAreStored(TestReporter reporter) {
        createOrders(Edge.INTEGER_LIMITS, reporter);
    }

    @Test
    @Order(5)
    @DisplayName("Many lines, many modifiers, modifiers nested several levels deep: createOrder is stored, found, replayed identically")
    @HowToFix("Accept as many lines and modifiers, nested as deep, as a request has (the spec sets no limit): store them in "
            + "batches, without recursion limits or a round trip per row that breaks D-Store's 8 s budget." + STORE_ANY_VALID_ORDER)
    void longArraysAreStored(TestReporter reporter) {
        createOrders(Edge.LONG_ARRAYS, reporter);
    }

    @Test
    @Order(6)
    @DisplayName("Products not in the catalog and amounts that do not add up: createOrder is stored (the spec: accepted and flagged), found, replayed identically")
    @HowToFix("Accept a paid order whose products you do not know or whose amounts do not add up: store it, flag it for the "
            + "merchant (and re-sync the catalog), as the createOrder description says; never refuse it." + STORE_ANY_VALID_ORDER)
    void unknownProductsAndAmountsThatDoNotAddUpAreStored(TestReporter reporter) {
        createOrders(Edge.UNKNOWN_PRODUCTS, reporter);
    }

    @Test
    @Order(7)
    @DisplayName("Every enum value, optional members absent and present, empty strings, odd but valid date-times: createOrder is stored, found, replayed identically")
    @HowToFix("Accept every enum value the spec lists, a request with only its required members (and with all), empty strings "
            + "where the schema allows them, and RFC 3339 date-times with fractions of a second and offsets from -12:00 to "
            + "+14:00 or Z (java.time.OffsetDateTime.parse reads them all)." + STORE_ANY_VALID_ORDER)
    void everyEnumValueAndOptionalMemberIsStored(TestReporter reporter) {
        createOrders(Edge.ENUMS_AND_OPTIONAL_MEMBERS, reporter);
    }

    @Test
    @Order(8)
    @DisplayName("pushOrderChange at the edges (requestId and texts at maxLength, non-BMP, control characters; every status; modifications, refunds) is answered S or ORDER_STATUS_INVALID and replayed identically")
    @HowToFix("Apply pushOrderChange at the same edges as createOrder: store requestId and every text at its maxLength in code "
            + "points, with any characters; answer S (or ORDER_STATUS_INVALID for a change the order's status forbids), store "
            + "the answer under requestId and replay it unchanged. Never answer U forever: D-Store retries.")
    void pushOrderChangesAtTheEdgesAreApplied(TestReporter reporter) {
        Conformance c = conformance();
        RequestGenerator generator = c.generator();
        AcceptanceCheck orders = new AcceptanceCheck(c, AcceptanceCheck.ATTEMPTS);
        AcceptanceCheck pushes = new AcceptanceCheck(c, AcceptanceCheck.ATTEMPTS);
        EnumCoverage coverage = new EnumCoverage();
        List<String> problems = new ArrayList<>();
        int requests = generator.settings().requests();
        int lost = 0;
        int sent = 0;
        for (int i = 0; i < requests && lost < MOST_LOST; i++) {
            String[] kind = PUSH_TARGETS[i % PUSH_TARGETS.length];
            GeneratedRequest order = generator.ordinaryOrder("push-order", i, kind[0], kind[1], kind[2], null);
            AcceptanceCheck.Verdict created = orders.createOrder(order);
            if (!created.ok() || !created.answer().isResult("S", null)) {
                problems.add("precondition: " + order.name() + ", an ordinary order to push changes to: "
                        + (created.ok() ? created.answer().outcome() : created.problem()));
                lost += weight(created);
                continue;
            }
            PushTarget target = PushTarget.of(order.body());
            if (FINAL.contains(orders.status(target.requestOrderId()))) {
                target = target.withMayBeFinal();
            }
            for (int step = 0; step < 1 + i % 3; step++) {
                GeneratedRequest push = generator.push(target, i, step, coverage);
                sent++;
                AcceptanceCheck.Verdict verdict = pushes.push(push, target);
                if (!verdict.ok()) {
                    problems.add(push.name() + ": " + verdict.problem() + "\n      edges: " + push.edgesText(3));
                    lost += weight(verdict);
                    break;
                }
                if (verdict.answer().isResult("S", null)) {
                    target = target.after(push.body());
                }
            }
            AcceptanceCheck.Verdict found = orders.knownOrder(generator.inquiry(target.requestOrderId(), i),
                    created.answer().field("posOrderId"));
            if (!found.ok()) {
                problems.add("after its pushes, " + order.name() + ": " + found.problem());
            }
        }
        Map<String, String> figures = figures(generator.settings(), sent, pushes);
        figures.put("enum values sent", coverage.summary());
        reporter.publishEntry(figures);
        Expect.none(problems, headline("pushOrderChange requests", "of every PushOrderChangeRequest member (strings at "
                + "maxLength in ASCII or non-BMP, control characters, every status, modifications, refunds)", sent,
                generator.settings()), SHOWN);
    }

    @Test
    @Order(9)
    @DisplayName("inquireOrderDetail with requestOrderId at the edges (255 code points of ASCII, non-BMP, mixed; control characters) answers F/ORDER_NOT_EXIST for an unknown order, S with its posOrderId for a stored one")
    @HowToFix("Look orders up by the exact requestOrderId, whatever its characters (U+0000 included) and up to 255 code "
            + "points: F/ORDER_NOT_EXIST when there is none — never U for an id the database cannot hold, since D-Store "
            + "keeps asking — and S with the stored posOrderId when there is one.")
    void inquiriesAtTheEdgesAreAnswered(TestReporter reporter) {
        Conformance c = conformance();
        RequestGenerator generator = c.generator();
        AcceptanceCheck check = new AcceptanceCheck(c, AcceptanceCheck.ATTEMPTS);
        List<String> problems = new ArrayList<>();
        int requests = generator.settings().requests();
        int lost = 0;
        int i = 0;
        for (; i < requests && lost < MOST_LOST; i++) {
            GeneratedRequest unknown = generator.inquiry(generator.edgeRequestOrderId(i), i);
            AcceptanceCheck.Verdict verdict = check.unknownOrder(unknown);
            if (!verdict.ok()) {
                problems.add("inquireOrderDetail for an unknown order, " + unknown.summary() + ": " + verdict.problem());
                lost += weight(verdict);
            }
            String id = generator.edgeRequestOrderId(i);
            GeneratedRequest order = generator.ordinaryOrder("inquiry-order", i, "DSTORE", "PICKUP", null, id);
            AcceptanceCheck.Verdict created = check.createOrder(order);
            if (!created.ok()) {
                problems.add(order.name() + " under a requestOrderId of " + EdgeStrings.describe(id) + ": "
                        + created.problem());
                lost += weight(created);
            }
        }
        reporter.publishEntry(figures(generator.settings(), i, check));
        Expect.none(problems, headline("inquireOrderDetail requests (and createOrder under such ids)",
                "of requestOrderId (255 code points of ASCII, non-BMP or mixed scripts; control characters)", i,
                generator.settings()), SHOWN);
    }

    // ---- createOrder cases ---------------------------------------------------------------------------------------

    private void createOrders(Edge edge, TestReporter reporter) {
        Conformance c = conformance();
        RequestGenerator generator = c.generator();
        AcceptanceCheck check = new AcceptanceCheck(c, AcceptanceCheck.ATTEMPTS);
        EnumCoverage coverage = new EnumCoverage();
        List<String> problems = new ArrayList<>();
        int requests = generator.settings().requests();
        int lost = 0;
        int takenApart = 0;
        int i = 0;
        for (; i < requests && lost < MOST_LOST; i++) {
            GeneratedRequest request = generator.createOrder(edge, i, coverage);
            AcceptanceCheck.Verdict verdict = check.createOrder(request);
            if (verdict.ok()) {
                continue;
            }
            String problem = request.name() + ": " + verdict.problem() + "\n      edges: " + request.edgesText(3);
            if (edge.leafByLeaf() && takenApart < TAKEN_APART && verdict.answer().status() >= 0) {
                takenApart++;
                problem += "\n      " + TakeApart.culprits(c, request);
            }
            problems.add(problem);
            lost += weight(verdict);
        }
        if (i < requests) {
            problems.add("stopped after " + MOST_LOST + " lost orders (or a POS that does not answer); " + (requests - i)
                    + " more generated request" + (requests - i == 1 ? "" : "s") + " not sent");
        }
        Map<String, String> figures = figures(generator.settings(), i, check);
        if (edge == Edge.ENUMS_AND_OPTIONAL_MEMBERS) {
            figures.put("enum values sent", coverage.summary());
        }
        reporter.publishEntry(figures);
        Expect.none(problems, headline("createOrder requests", edge.tag() + " (" + edge.description() + ")", i,
                generator.settings()), SHOWN);
    }

    /** How much a verdict counts towards {@link #MOST_LOST}: a POS that does not answer at all stops the case at once. */
    private static int weight(AcceptanceCheck.Verdict verdict) {
        return verdict.answer().status() < 0 ? MOST_LOST : verdict.lost() ? 1 : 0;
    }

    private static Map<String, String> figures(GeneratorSettings settings, int sent, AcceptanceCheck check) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("seed", Long.toString(settings.seed()));
        figures.put("generated requests sent", Integer.toString(sent));
        check.figures().forEach((answer, n) -> figures.put("answered " + answer, n));
        return figures;
    }

    /** {@code createOrder requests at the edge X (…) not taken as D-Store needs: 5 sent, seed 42, the same again with …}. */
    private static String headline(String what, String edge, int sent, GeneratorSettings settings) {
        return what + " at the edge " + edge + " not taken as D-Store needs: " + sent + " sent, seed " + settings.seed()
                + ", the same requests again with " + settings.reproduce();
    }
}

package dev.dstorekit.conformance.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.report.HowToFix;
import dev.dstorekit.conformance.spec.ApiSpec;
import dev.dstorekit.conformance.spec.Mutation;
import dev.dstorekit.conformance.spec.Mutations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every outcome is HTTP 200 with a Result: F/PARAM_ILLEGAL naming the field for bad input, the documented F code
 * for unknown orders and stores, never a 5xx (REFERENCE §1.5, §4). The invalid requests are derived from the spec.
 */
@Order(4)
@DisplayName("Result semantics (REFERENCE §1.5, §4)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ResultSemantics extends ConformanceCase {

    private static final String VALIDATE = "Validate every request against the spec's request schema before acting on it and "
            + "answer HTTP 200 F/PARAM_ILLEGAL with a resultMessage naming the field (e.g. `orderProducts[0].quantity: must be "
            + "greater than or equal to 1`). Generated models with bean validation do this; map validation and decoding "
            + "errors to the Result instead of HTTP 400.";

    static Stream<Mutation> missingRequiredFields(Conformance c) {
        return mutations(c, Mutation.Kind.MISSING_REQUIRED);
    }

    static Stream<Mutation> enumViolations(Conformance c) {
        return mutations(c, Mutation.Kind.ENUM);
    }

    static Stream<Mutation> lengthViolations(Conformance c) {
        return mutations(c, Mutation.Kind.LENGTH);
    }

    static Stream<Mutation> rangeTypeOrFormatViolations(Conformance c) {
        return mutations(c, Mutation.Kind.RANGE_TYPE_OR_FORMAT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingRequiredFields")
    @DisplayName("§4.4 A missing required field is answered F/PARAM_ILLEGAL naming the field")
    @HowToFix(VALIDATE)
    void missingRequiredFieldIsParamIllegal(Mutation mutation) {
        expectParamIllegal(mutation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumViolations")
    @DisplayName("§4.4, §12 #9 A value outside the field's enum is answered F/PARAM_ILLEGAL naming the field")
    @HowToFix(VALIDATE + " Enums differ per operation (e.g. pushOrderChange takes only COMPLETED, CANCELLED, ORDER_FAIL).")
    void enumViolationIsParamIllegal(Mutation mutation) {
        expectParamIllegal(mutation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengthViolations")
    @DisplayName("§4.4, §9 A string or array outside its length limits is answered F/PARAM_ILLEGAL naming the field")
    @HowToFix(VALIDATE + " Check maxLength/minLength (posAccountId ≤ 64, ids ≤ 255, non-empty ids) and minItems.")
    void lengthViolationIsParamIllegal(Mutation mutation) {
        expectParamIllegal(mutation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rangeTypeOrFormatViolations")
    @DisplayName("§4.4, §9 A wrong type, a number below its minimum or a malformed date-time/currency is answered F/PARAM_ILLEGAL naming the field")
    @HowToFix(VALIDATE + " Amounts are non-negative integers in minor units, quantities ≥ 1, date-times ISO 8601 with offset, currencies ISO 4217.")
    void rangeTypeOrFormatViolationIsParamIllegal(Mutation mutation) {
        expectParamIllegal(mutation);
    }

    /** A body that cannot be read as the operation's request. */
    record BadBody(Operation operation, String label, byte[] body) {
        @Override
        public String toString() {
            return operation.id() + ": " + label;
        }
    }

    static Stream<BadBody> unreadableBodies() {
        return Stream.of(
                new BadBody(Operation.CREATE_ORDER, "plain text", "this is not json".getBytes(StandardCharsets.UTF_8)),
                new BadBody(Operation.CREATE_ORDER, "truncated JSON", "{\"requestOrderId\":\"1\",".getBytes(StandardCharsets.UTF_8)),
                new BadBody(Operation.CREATE_ORDER, "empty body", new byte[0]),
                new BadBody(Operation.CREATE_ORDER, "a JSON array", "[]".getBytes(StandardCharsets.UTF_8)),
                new BadBody(Operation.INQUIRE_ORDER_DETAIL, "plain text", "requestOrderId=1".getBytes(StandardCharsets.UTF_8)),
                new BadBody(Operation.PUSH_ORDER_CHANGE, "XML", "<requestId>1</requestId>".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    @DisplayName("§1.5, §4.4 A correctly signed body that is not a JSON object is answered F/PARAM_ILLEGAL")
    @HowToFix("Parse the body after verifying the signature and turn parse errors into HTTP 200 F/PARAM_ILLEGAL "
            + "(\"request body is not valid JSON\"), never HTTP 400/500 or a stack trace.")
    void bodyThatIsNotJsonIsParamIllegal(BadBody bad) {
        Exchange answer = conformance().pos().send(bad.operation(), bad.body());
        Expect.result(answer, "F", "PARAM_ILLEGAL", bad.toString());
    }

    @Test
    @DisplayName("§5.4 inquireOrderDetail of an unknown requestOrderId is answered F/ORDER_NOT_EXIST (the POS never invents an order)")
    @HowToFix("Look the order up by requestOrderId and answer F/ORDER_NOT_EXIST when there is none; never S with a made-up order.")
    void unknownOrderInInquireOrderDetailIsOrderNotExist() {
        Exchange answer = conformance().inquire(conformance().orders().ids().next("never-created"));
        Expect.result(answer, "F", "ORDER_NOT_EXIST", "inquireOrderDetail of a requestOrderId never sent");
    }

    @Test
    @DisplayName("§5.5 pushOrderChange for an unknown requestOrderId is answered F/ORDER_NOT_EXIST")
    @HowToFix("Look the order up by requestOrderId before applying a change and answer F/ORDER_NOT_EXIST when there is none.")
    void unknownOrderInPushOrderChangeIsOrderNotExist() {
        Conformance c = conformance();
        Exchange answer = c.push(c.orders().push(c.orders().ids().next("never-created")).put("orderStatus", "CANCELLED"));
        Expect.result(answer, "F", "ORDER_NOT_EXIST", "pushOrderChange for a requestOrderId never sent");
    }

    @Test
    @DisplayName("§5.2 createOrder for an unknown posStoreId or posAccountId is answered F/STORE_NOT_FOUND")
    @HowToFix("Check posAccountId and posStoreId against the stores onboarded on your POS and answer F/STORE_NOT_FOUND "
            + "when the order cannot reach a merchant; do not accept orders nobody will see.")
    void unknownStoreIsStoreNotFound() {
        Conformance c = conformance();
        Exchange store = c.createOrder(c.orders().pickup().put("posStoreId", c.orders().ids().next("no-such-store")));
        Expect.result(store, "F", "STORE_NOT_FOUND", "createOrder for an unknown posStoreId");
        Exchange account = c.createOrder(c.orders().pickup().put("posAccountId", "NO-SUCH-ACCOUNT-" + c.orders().ids().next("a").hashCode()));
        Expect.result(account, "F", "STORE_NOT_FOUND", "createOrder for an unknown posAccountId");
    }

    @Test
    @Order(Integer.MAX_VALUE - 2)
    @DisplayName("§1.5, §12 #6 No input makes the POS answer HTTP 5xx (hostile bodies, and every answer so far)")
    @HowToFix("Catch every exception at the edge and answer HTTP 200 U/UNKNOWN_EXCEPTION (transient trouble) or "
            + "F/PARAM_ILLEGAL (bad input) with a signed Result; D-Store treats non-200 as a transport failure.")
    void neverHttp5xx() {
        for (Operation operation : List.of(Operation.CREATE_ORDER, Operation.INQUIRE_ORDER_DETAIL, Operation.PUSH_ORDER_CHANGE)) {
            for (byte[] body : hostileBodies()) {
                conformance().pos().send(operation, body);
            }
        }
        List<String> problems = conformance().log().all().stream()
                .filter(e -> e.status() >= 500 || e.status() < 0)
                .map(e -> e.describe() + " for the request " + abbreviate(e.call().bodyText()))
                .toList();
        Expect.none(problems, "Answers that were HTTP 5xx or no answer at all");
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    @DisplayName("§1.5 Every answer of the run is HTTP 200 with a result (resultStatus S/F/U and a resultCode)")
    @HowToFix("Send every outcome as HTTP 200 with {\"result\":{\"resultStatus\":\"S|F|U\",\"resultCode\":\"…\",\"resultMessage\":\"…\"}}; "
            + "never an empty body, HTML error page or bare HTTP status.")
    void alwaysAResult() {
        List<String> problems = new ArrayList<>();
        for (Exchange answer : conformance().log().all()) {
            String status = answer.resultStatus();
            if (answer.status() != 200 || !Set.of("S", "F", "U").contains(status) || answer.resultCode() == null
                    || answer.resultCode().isEmpty()) {
                problems.add(answer.describe() + " for the request " + abbreviate(answer.call().bodyText()));
            }
        }
        Expect.none(problems, "Answers without an HTTP 200 Result");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    @DisplayName("§4.3, spec x-dstore-result-codes Every result (status, code) of the run is one the operation documents")
    @HowToFix("Use only the result codes the spec lists for the operation (x-dstore-result-codes), with their status: e.g. "
            + "createOrder S/SUCCESS, F/PARAM_ILLEGAL, F/INVALID_SIGNATURE, F/STORE_NOT_FOUND, F/PROCESS_FAIL, U/UNKNOWN_EXCEPTION.")
    void resultCodesAreTheDocumentedOnes() {
        ApiSpec spec = conformance().spec();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Exchange answer : conformance().log().all()) {
            if (answer.status() != 200 || answer.resultStatus() == null) {
                continue; // alwaysAResult reports these
            }
            checked++;
            Operation operation = answer.call().operation();
            boolean documented = spec.resultCodes(operation).stream()
                    .anyMatch(code -> code.status().equals(answer.resultStatus()) && code.code().equals(answer.resultCode()));
            if (!documented) {
                problems.add(answer.describe() + " is not in " + operation.id() + "'s result codes "
                        + spec.resultCodes(operation).stream().map(code -> code.status() + "/" + code.code())
                        .collect(Collectors.joining(", ", "[", "]")));
            }
        }
        Assumptions.assumeTrue(checked > 0, "skipped: no answer of the run carried a result to check");
        Expect.none(problems.stream().distinct().toList(), "Undocumented result codes");
    }

    private void expectParamIllegal(Mutation mutation) {
        Exchange answer = conformance().pos().send(mutation.operation(), OrderFactory.bytes(mutation.body()));
        Expect.result(answer, "F", "PARAM_ILLEGAL", mutation + " (a correctly signed request, invalid in this one field)");
        Expect.that(mutation.namedBy(answer.resultMessage()), mutation + ": resultMessage '"
                + answer.resultMessage() + "' does not name the field " + mutation.field());
    }

    /** The spec-derived violations of a valid createOrder, inquireOrderDetail and pushOrderChange, with fresh ids. */
    private static Stream<Mutation> mutations(Conformance c, Mutation.Kind kind) {
        ObjectNode existing = c.orders().pickup();
        c.created(existing);
        String existingId = existing.path("requestOrderId").asText();
        ObjectNode push = c.orders().push(existingId).put("orderStatus", "COMPLETED").put("deliveryStatus", "DELIVERED");
        List<Mutation> all = new ArrayList<>();
        all.addAll(Mutations.of(c.spec(), Operation.CREATE_ORDER, c.orders().rich(), kind));
        all.addAll(Mutations.of(c.spec(), Operation.INQUIRE_ORDER_DETAIL, c.orders().inquire(existingId), kind));
        all.addAll(Mutations.of(c.spec(), Operation.PUSH_ORDER_CHANGE, push, kind));
        return all.stream().map(m -> fresh(c, m));
    }

    /** A new idempotency key for each mutated createOrder/pushOrderChange, unless the key itself is what is broken. */
    private static Mutation fresh(Conformance c, Mutation m) {
        ObjectNode body = (ObjectNode) m.body();
        if (m.operation() == Operation.CREATE_ORDER && !m.field().equals("requestOrderId") && body.path("requestOrderId").isTextual()) {
            body.put("requestOrderId", c.orders().ids().next("invalid"));
        }
        if (m.operation() == Operation.PUSH_ORDER_CHANGE && !m.field().equals("requestId") && body.path("requestId").isTextual()) {
            body.put("requestId", c.orders().ids().next("invalid"));
        }
        return m;
    }

    private static List<byte[]> hostileBodies() {
        List<String> bodies = List.of(
                "{}",
                "null",
                "[1,2,3]",
                "\"just a string\"",
                "{\"requestOrderId\":null,\"requestId\":null,\"orderProducts\":null,\"orderAmount\":null}",
                "{\"requestOrderId\":{\"a\":1},\"requestId\":[1],\"orderProducts\":\"x\",\"orderAmount\":[1],\"quantity\":true}",
                "{\"requestOrderId\":1e999999,\"requestId\":-0.0e-99999}",
                "{\"requestOrderId\":\"\\ud800\",\"requestId\":\"\\u0000\"}",
                "{\"requestOrderId\":\"" + "Z".repeat(200_000) + "\"}",
                "[".repeat(3000) + "]".repeat(3000));
        List<byte[]> bytes = new ArrayList<>();
        for (String body : bodies) {
            bytes.add(body.getBytes(StandardCharsets.UTF_8));
        }
        bytes.add(new byte[] {'{', '"', 'r', 'e', 'q', 'u', 'e', 's', 't', 'I', 'd', '"', ':', '"', (byte) 0xE9, (byte) 0xFF, '"', '}'});
        return bytes;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "… (" + oneLine.length() + " chars)";
    }
}

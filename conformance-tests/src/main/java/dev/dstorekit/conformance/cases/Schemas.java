package dev.dstorekit.conformance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.report.HowToFix;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Answers match the spec's schemas; requests with fields the POS does not know are still accepted. */
@Order(2)
@DisplayName("Schemas (REFERENCE §1.5, spec components)")
public class Schemas extends ConformanceCase {

    @Test
    @DisplayName("§5.2 createOrder answers (S, F/PARAM_ILLEGAL, F/STORE_NOT_FOUND, F/INVALID_SIGNATURE) match CreateOrderResponse; S carries posOrderId and autoAccept")
    @HowToFix("Answer with exactly the fields of the spec's CreateOrderResponse schema (result always; on S also posOrderId "
            + "and autoAccept as a JSON boolean); enum values as in the spec; leave absent fields out instead of sending null.")
    void createOrderAnswersMatchTheSpec() {
        Conformance c = conformance();
        List<Exchange> answers = new ArrayList<>();
        Exchange created = c.createOrder(c.orders().pickup());
        Expect.result(created, "S", "SUCCESS", "A valid createOrder");
        answers.add(created);
        ObjectNode invalid = c.orders().pickup();
        invalid.remove("serviceType");
        answers.add(c.createOrder(invalid));
        answers.add(c.createOrder(c.orders().pickup().put("posStoreId", c.orders().ids().next("no-such-store"))));
        answers.add(c.pos().send(c.pos().call(Operation.CREATE_ORDER, OrderFactory.bytes(c.orders().pickup()))
                .without("Signature").build()));
        List<String> problems = problems(answers);
        if (created.json().isPresent()) {
            JsonNode json = created.json().get();
            if (!json.path("posOrderId").isTextual() || json.path("posOrderId").asText().isEmpty()) {
                problems.add("createOrder S answer has no posOrderId");
            }
            if (!json.path("autoAccept").isBoolean()) {
                problems.add("createOrder S answer has no boolean autoAccept");
            }
        }
        Expect.none(problems, "createOrder answers that do not match the spec");
    }

    @Test
    @DisplayName("§5.4 inquireOrderDetail answers (S, F/ORDER_NOT_EXIST) match InquireOrderDetailResponse; S carries posOrderId and orderStatus")
    @HowToFix("Answer with exactly the fields of the spec's InquireOrderDetailResponse schema: on S posOrderId and an "
            + "orderStatus from InquiryOrderStatus (ORDER_SUCCESS, ACCEPTED, PREPARING, READY, COMPLETED, CANCELLED, REJECTED, "
            + "ORDER_FAIL); extendInfo, if sent, maps strings to strings.")
    void inquireOrderDetailAnswersMatchTheSpec() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        c.created(order);
        Exchange found = c.inquire(order.path("requestOrderId").asText());
        Expect.result(found, "S", "SUCCESS", "inquireOrderDetail of an order just created");
        List<String> problems = problems(List.of(found, c.inquire(c.orders().ids().next("unknown"))));
        JsonNode json = found.json().orElseThrow();
        if (!json.path("posOrderId").isTextual()) {
            problems.add("inquireOrderDetail S answer has no posOrderId");
        }
        if (!json.path("orderStatus").isTextual()) {
            problems.add("inquireOrderDetail S answer has no orderStatus");
        }
        Expect.none(problems, "inquireOrderDetail answers that do not match the spec");
    }

    @Test
    @DisplayName("§5.5 pushOrderChange answers (S, F/ORDER_NOT_EXIST) match PushOrderChangeResponse")
    @HowToFix("Answer pushOrderChange with a body matching the spec's PushOrderChangeResponse: {\"result\": {…}}.")
    void pushOrderChangeAnswersMatchTheSpec() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        c.created(order);
        Exchange applied = c.push(c.orders().push(order.path("requestOrderId").asText()).put("orderStatus", "CANCELLED"));
        Exchange unknown = c.push(c.orders().push(c.orders().ids().next("unknown")).put("orderStatus", "CANCELLED"));
        Expect.none(problems(List.of(applied, unknown)), "pushOrderChange answers that do not match the spec");
    }

    @Test
    @DisplayName("Spec conventions: unknown request fields are tolerated (createOrder, inquireOrderDetail, pushOrderChange answer S)")
    @HowToFix("Configure your JSON reader to ignore unknown properties (Jackson: FAIL_ON_UNKNOWN_PROPERTIES=false; "
            + "Micronaut serde ignores them by default), at every nesting level. D-Store may add fields at any time.")
    void unknownRequestFieldsAreTolerated() {
        Conformance c = conformance();
        ObjectNode order = c.orders().rich();
        order.put("futureTopLevelField", "ignored");
        order.putObject("futureObject").put("nested", 1);
        ((ObjectNode) order.path("orderProducts").get(0)).put("futureLineField", true);
        ((ObjectNode) order.path("orderAmount")).put("futureAmountField", "x");
        ((ObjectNode) order.path("customer")).put("futureCustomerField", "x");
        String id = order.path("requestOrderId").asText();
        List<String> problems = new ArrayList<>();
        Exchange created = c.createOrder(order);
        if (!created.isResult("S", null)) {
            problems.add("createOrder with unknown fields (top level, orderProducts[0], orderAmount, customer): " + created.outcome());
        }
        Exchange inquiry = c.inquire(id);
        Exchange inquiryWithExtra = c.pos().send(Operation.INQUIRE_ORDER_DETAIL,
                OrderFactory.bytes(c.orders().inquire(id).put("futureField", "x")));
        if (inquiry.isResult("S", null) && !inquiryWithExtra.isResult("S", null)) {
            problems.add("inquireOrderDetail with an unknown field: " + inquiryWithExtra.outcome());
        }
        Exchange push = c.push(c.orders().push(id).put("orderStatus", "CANCELLED").put("futureField", "x"));
        if (created.isResult("S", null) && !push.isResult("S", null)) {
            problems.add("pushOrderChange with an unknown field: " + push.outcome());
        }
        Expect.none(problems, "Requests refused because of fields the POS does not know");
    }

    /** Schema problems of each answer against its operation's answer schema. */
    private List<String> problems(List<Exchange> answers) {
        List<String> problems = new ArrayList<>();
        for (Exchange answer : answers) {
            Operation operation = answer.call().operation();
            if (answer.status() != 200 || answer.json().isEmpty()) {
                problems.add(answer.describe() + ": not an HTTP 200 JSON answer");
                continue;
            }
            for (String problem : conformance().spec().validate(operation.answerSchema(), answer.json().get())) {
                problems.add(answer.describe() + ": " + problem);
            }
        }
        return problems;
    }
}

package dev.dstorekit.conformance.cases;

import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.OrderBook;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.generate.GeneratedRequest;
import dev.dstorekit.conformance.generate.PushTarget;
import dev.dstorekit.conformance.orders.OrderFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges how a POS takes generated requests, as D-Store would experience it: a createOrder is stored (S), found by
 * inquireOrderDetail under the same posOrderId, and a replay of its bytes gets the identical answer. A valid
 * request refused as PARAM_ILLEGAL, or answered U on every retry (a lost order), is a problem; F/PROCESS_FAIL, the
 * one business refusal the spec documents for a valid order to a known store, is accepted when it is consistent.
 */
final class AcceptanceCheck {

    /** One try and three retries, as {@link DStoreDelivery} spaces them. */
    static final int ATTEMPTS = 4;

    private final Conformance c;
    private final int attempts;
    private final Map<String, Integer> answers = new TreeMap<>();

    AcceptanceCheck(Conformance c, int attempts) {
        this.c = c;
        this.attempts = attempts;
    }

    /**
     * How a POS took one request.
     *
     * @param answer  the deciding answer to the request itself
     * @param problem what is wrong, or {@code null}
     */
    record Verdict(Exchange answer, String problem) {

        boolean ok() {
            return problem == null;
        }

        /** Whether D-Store never got a decision: U or no answer on every attempt. */
        boolean lost() {
            return answer.status() < 0 || answer.isResult("U", null);
        }

        /** The problem in a few words: {@code LOST ORDER (U/UNKNOWN_EXCEPTION)}, {@code refused: F/PARAM_ILLEGAL (…)}. */
        String brief() {
            if (lost()) {
                return "LOST ORDER (" + code(answer) + ")";
            }
            return answer.isResult("S", null) || answer.isResult("F", "PROCESS_FAIL") ? problem : "refused: " + answer.outcome();
        }
    }

    /** createOrder, then its replay and inquireOrderDetail. */
    Verdict createOrder(GeneratedRequest request) {
        byte[] body = request.bytes();
        String requestOrderId = request.body().path("requestOrderId").asText();
        DStoreDelivery.Attempts sent = send(Operation.CREATE_ORDER, body);
        Exchange answer = sent.last();
        count(answer);
        if (sent.undecided() && answer.status() < 0) {
            return new Verdict(answer, "LOST ORDER: " + sent.describe());
        }
        if (sent.undecided()) {
            DStoreDelivery.Attempts inquiry = send(Operation.INQUIRE_ORDER_DETAIL, inquiryBytes(requestOrderId));
            return new Verdict(answer, "LOST ORDER: " + sent.describe() + "; inquireOrderDetail then answered "
                    + code(inquiry.last()) + (inquiry.undecided() ? " on all " + inquiry.exchanges().size() + " attempts" : ""));
        }
        List<String> problems = new ArrayList<>();
        if (answer.isResult("S", null)) {
            String status = answer.field("orderStatus");
            c.book().add(requestOrderId, new OrderBook.Entry(request.body().path("orderChannel").asText(),
                    answer.field("posOrderId"), status == null ? "ORDER_SUCCESS" : status));
            checkReplay(Operation.CREATE_ORDER, body, answer, problems);
            Exchange inquiry = send(Operation.INQUIRE_ORDER_DETAIL, inquiryBytes(requestOrderId)).last();
            if (!inquiry.isResult("S", null)) {
                problems.add("stored (S, posOrderId " + answer.field("posOrderId") + ") but inquireOrderDetail answered "
                        + inquiry.outcome());
            } else if (!String.valueOf(answer.field("posOrderId")).equals(inquiry.field("posOrderId"))) {
                problems.add("inquireOrderDetail gives posOrderId " + inquiry.field("posOrderId") + ", createOrder gave "
                        + answer.field("posOrderId"));
            }
        } else if (answer.isResult("F", "PROCESS_FAIL")) {
            checkReplay(Operation.CREATE_ORDER, body, answer, problems);
            Exchange inquiry = send(Operation.INQUIRE_ORDER_DETAIL, inquiryBytes(requestOrderId)).last();
            if (!inquiry.isResult("F", "ORDER_NOT_EXIST")
                    && !(inquiry.isResult("S", null) && "ORDER_FAIL".equals(inquiry.field("orderStatus")))) {
                problems.add("refused as F/PROCESS_FAIL, but inquireOrderDetail answered " + inquiry.outcome()
                        + " (expected F/ORDER_NOT_EXIST, or S with orderStatus ORDER_FAIL)");
            }
        } else {
            problems.add("refused: " + sent.describe() + refusalNote(answer));
        }
        return new Verdict(answer, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * A push about {@code target}: S, or F/ORDER_STATUS_INVALID once a status change was applied to the order; a
     * replay of its bytes gets the identical answer.
     */
    Verdict push(GeneratedRequest push, PushTarget target) {
        byte[] body = push.bytes();
        DStoreDelivery.Attempts sent = send(Operation.PUSH_ORDER_CHANGE, body);
        Exchange answer = sent.last();
        count(answer);
        if (sent.undecided()) {
            return new Verdict(answer, "never applied: " + sent.describe());
        }
        List<String> problems = new ArrayList<>();
        if (answer.isResult("S", null) || answer.isResult("F", "ORDER_STATUS_INVALID") && target.mayBeFinal()) {
            checkReplay(Operation.PUSH_ORDER_CHANGE, body, answer, problems);
        } else if (answer.isResult("F", "ORDER_STATUS_INVALID")) {
            problems.add("refused: " + sent.describe() + " — but no status change had been applied to the order yet,"
                    + " and the channel may complete, cancel or fail an open order");
        } else {
            problems.add("refused: " + sent.describe() + refusalNote(answer));
        }
        return new Verdict(answer, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** inquireOrderDetail for an order that does not exist: F/ORDER_NOT_EXIST. */
    Verdict unknownOrder(GeneratedRequest inquiry) {
        DStoreDelivery.Attempts sent = send(Operation.INQUIRE_ORDER_DETAIL, inquiry.bytes());
        Exchange answer = sent.last();
        count(answer);
        if (answer.isResult("F", "ORDER_NOT_EXIST")) {
            return new Verdict(answer, null);
        }
        return new Verdict(answer, "answered " + sent.describe() + ", expected F/ORDER_NOT_EXIST"
                + (sent.undecided() ? " (D-Store would keep asking)" : ""));
    }

    /** inquireOrderDetail for an order the POS stored: S with its posOrderId. */
    Verdict knownOrder(GeneratedRequest inquiry, String posOrderId) {
        DStoreDelivery.Attempts sent = send(Operation.INQUIRE_ORDER_DETAIL, inquiry.bytes());
        Exchange answer = sent.last();
        if (!answer.isResult("S", null)) {
            return new Verdict(answer, "the order was stored, but inquireOrderDetail answered " + sent.describe());
        }
        if (!String.valueOf(posOrderId).equals(answer.field("posOrderId"))) {
            return new Verdict(answer, "inquireOrderDetail gives posOrderId " + answer.field("posOrderId")
                    + ", createOrder gave " + posOrderId);
        }
        return new Verdict(answer, null);
    }

    /** The orderStatus inquireOrderDetail reports, or {@code null}. */
    String status(String requestOrderId) {
        return send(Operation.INQUIRE_ORDER_DETAIL, inquiryBytes(requestOrderId)).last().field("orderStatus");
    }

    /** How often each answer came, e.g. {@code {S/SUCCESS=18, U/UNKNOWN_EXCEPTION=2}}, for the report's figures. */
    Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        answers.forEach((answer, n) -> figures.put(answer, Integer.toString(n)));
        return figures;
    }

    private DStoreDelivery.Attempts send(Operation operation, byte[] body) {
        return DStoreDelivery.send(c.pos(), operation, body, attempts);
    }

    private void checkReplay(Operation operation, byte[] body, Exchange first, List<String> problems) {
        DStoreDelivery.Attempts replay = send(operation, body);
        if (!Idempotency.sameAnswer(first, replay.last())) {
            problems.add("a replay of the same bytes answered " + replay.describe() + withPosOrderId(replay.last())
                    + ", the first answer was " + first.outcome() + withPosOrderId(first));
        }
    }

    private static String withPosOrderId(Exchange answer) {
        return answer.field("posOrderId") == null ? "" : " with posOrderId " + answer.field("posOrderId");
    }

    private void count(Exchange answer) {
        answers.merge(code(answer), 1, Integer::sum);
    }

    /** {@code U/UNKNOWN_EXCEPTION}, {@code HTTP 500} or {@code no answer}: the answer without its message. */
    static String code(Exchange answer) {
        return answer.status() < 0 ? "no answer" : answer.status() != 200 ? "HTTP " + answer.status()
                : answer.resultStatus() + "/" + answer.resultCode();
    }

    private static String refusalNote(Exchange answer) {
        return answer.isResult("F", "PARAM_ILLEGAL")
                ? " — the request is valid against the spec's schema and obeys its documented rules" : "";
    }

    private byte[] inquiryBytes(String requestOrderId) {
        return OrderFactory.bytes(c.orders().inquire(requestOrderId));
    }
}

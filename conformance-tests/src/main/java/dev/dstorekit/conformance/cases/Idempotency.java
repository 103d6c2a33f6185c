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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** createOrder is idempotent on requestOrderId: never a second order, always the stored answer (REFERENCE §3). */
@Order(3)
@DisplayName("Idempotency (REFERENCE §3)")
public class Idempotency extends ConformanceCase {

    static final int DUPLICATES = 20;

    private static final String STORE_FIRST = "Store the order and its exact answer under requestOrderId before replying, "
            + "in one transaction, with a unique key on requestOrderId (INSERT … ON CONFLICT DO NOTHING, then read the stored "
            + "row); answer a replay with the stored answer. Never create a second order for the same requestOrderId.";

    @Test
    @DisplayName("§3, §12 #5 A replayed createOrder (same requestOrderId, same body) gets the identical stored answer")
    @HowToFix(STORE_FIRST)
    void replayGetsTheIdenticalAnswer() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        byte[] body = OrderFactory.bytes(order);
        Exchange first = c.created(order);
        List<String> problems = new ArrayList<>();
        for (int replay = 1; replay <= 2; replay++) {
            Exchange again = c.pos().send(Operation.CREATE_ORDER, body);
            if (!sameAnswer(first, again)) {
                problems.add("replay " + replay + " answered " + again.text() + " but the first call answered " + first.text());
            }
        }
        checkInquiry(c, order, first.field("posOrderId"), problems);
        Expect.none(problems, "Replays of createOrder " + order.path("requestOrderId").asText() + " that differ from the first answer");
    }

    @Test
    @DisplayName("§3 " + DUPLICATES + " concurrent duplicates of one createOrder make one order: one posOrderId, identical answers")
    @HowToFix(STORE_FIRST + " An in-memory lock is not enough when several instances share the database: let the unique "
            + "key decide which duplicate wins, and have the others read the winner's stored answer (or answer U so D-Store retries).")
    void concurrentDuplicatesMakeOneOrder() throws InterruptedException, ExecutionException {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        byte[] body = OrderFactory.bytes(order);
        ExecutorService pool = Executors.newFixedThreadPool(DUPLICATES);
        List<Exchange> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Exchange>> futures = new ArrayList<>();
            for (int i = 0; i < DUPLICATES; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.pos().send(Operation.CREATE_ORDER, body);
                }));
            }
            start.countDown();
            for (Future<Exchange> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> problems = new ArrayList<>();
        Set<String> posOrderIds = new LinkedHashSet<>();
        Exchange firstSuccess = null;
        int unknown = 0;
        for (Exchange answer : answers) {
            if (answer.isResult("S", null)) {
                posOrderIds.add(answer.field("posOrderId"));
                if (firstSuccess == null) {
                    firstSuccess = answer;
                } else if (!sameAnswer(firstSuccess, answer)) {
                    problems.add("answers differ: " + firstSuccess.text() + " vs " + answer.text());
                }
            } else if (answer.isResult("U", null)) {
                unknown++;
            } else {
                problems.add("a duplicate was answered " + answer.outcome() + " (expected the stored S answer, or U to make D-Store retry)");
            }
        }
        if (posOrderIds.size() > 1) {
            problems.add(0, posOrderIds.size() + " different posOrderIds for one requestOrderId: " + posOrderIds);
        }
        if (firstSuccess == null) {
            problems.add("none of the " + DUPLICATES + " duplicates was answered S (" + unknown + " answered U)");
        } else {
            c.createOrder(order);
            checkInquiry(c, order, firstSuccess.field("posOrderId"), problems);
        }
        Expect.none(problems, DUPLICATES + " concurrent duplicates of createOrder " + order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§3 The same requestOrderId with a different body gets the stored answer (or F/REPEAT_REQ_INCONSISTENT), never a second order")
    @HowToFix(STORE_FIRST + " Look the order up by requestOrderId only, not by the whole body; log the difference.")
    void sameRequestOrderIdWithADifferentBodyGetsTheStoredAnswer() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        Exchange first = c.created(order);
        ObjectNode changed = order.deepCopy();
        changed.put("orderRemark", "a different body under the same requestOrderId");
        ((ObjectNode) changed.path("orderProducts").get(0)).put("remark", "extra spicy");
        Exchange second = c.pos().send(Operation.CREATE_ORDER, OrderFactory.bytes(changed));
        List<String> problems = new ArrayList<>();
        if (!sameAnswer(first, second) && !second.isResult("F", "REPEAT_REQ_INCONSISTENT")) {
            problems.add("answered " + second.text() + " but the stored answer is " + first.text());
        }
        checkInquiry(c, order, first.field("posOrderId"), problems);
        Expect.none(problems, "createOrder " + order.path("requestOrderId").asText() + " sent again with a different body");
    }

    /** Both HTTP 200 and the same JSON (key order and spacing aside). */
    static boolean sameAnswer(Exchange a, Exchange b) {
        JsonNode left = a.json().orElse(null);
        return left != null && a.status() == 200 && b.status() == 200 && b.json().map(left::equals).orElse(false);
    }

    private static void checkInquiry(Conformance c, ObjectNode order, String posOrderId, List<String> problems) {
        Exchange inquiry = c.inquire(order.path("requestOrderId").asText());
        if (!inquiry.isResult("S", null)) {
            problems.add("inquireOrderDetail afterwards answered " + inquiry.outcome());
        } else if (posOrderId != null && !posOrderId.equals(inquiry.field("posOrderId"))) {
            problems.add("inquireOrderDetail afterwards gives posOrderId " + inquiry.field("posOrderId")
                    + ", the createOrder answer gave " + posOrderId);
        }
    }
}

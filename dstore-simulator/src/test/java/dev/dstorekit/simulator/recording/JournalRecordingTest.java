package dev.dstorekit.simulator.recording;

import dev.dstorekit.simulator.journal.Direction;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalQuery;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.journal.Verdict;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.support.AgainstFakePos;
import dev.dstorekit.simulator.support.FakePos;
import dev.dstorekit.simulator.support.Orders;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message both ways lands in the journal with the verdicts the console shows. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalRecordingTest extends AgainstFakePos {

    @Inject
    MessageJournal journal;
    @Inject
    OrderRepository orders;
    @Inject
    PosGateway gateway;

    @Test
    void signedNotificationIsJournalledAsReceivedAndAnswered() {
        SimOrder order = createdOrder();
        String body = notify(order.requestOrderId(), "ACCEPTED");

        SignedHttp.Answer answer = SignedHttp.asPos(server.getURI()).post("/v2/pos/notifyOrderChange", body);

        JournalEntry entry = only(order.requestOrderId(), "notifyOrderChange");
        assertEquals(Direction.FROM_POS, entry.direction());
        assertEquals(body, entry.requestBody());
        assertEquals(answer.body(), entry.answerBody(), "the answer exactly as sent");
        assertEquals("S", entry.resultStatus());
        assertEquals("SUCCESS", entry.resultCode());
        assertEquals(FakePos.ACCOUNT + "/" + FakePos.AUTO_STORE, entry.storeKey(), "the store of the order named");
        assertTrue(entry.signature().valid());
        assertNull(entry.schemaProblem());
        assertNull(entry.replayOf());
        assertEquals(Verdict.OK, entry.verdict());
    }

    @Test
    void badlySignedNotificationCarriesTheExplanationButNeitherKeyNorSignature() {
        SimOrder order = createdOrder();
        byte[] body = notify(order.requestOrderId(), "ACCEPTED").getBytes(StandardCharsets.UTF_8);

        SignedHttp.Answer answer = SignedHttp.asPos(server.getURI()).post("/v2/pos/notifyOrderChange", body,
                TestSignature.CLIENT_ID, TestKeys.STRANGER);

        assertEquals("INVALID_SIGNATURE", answer.resultCode());
        JournalEntry entry = only(order.requestOrderId(), "notifyOrderChange");
        assertFalse(entry.signature().valid());
        assertTrue(entry.signature().detail().contains("signature does not match"), entry.signature().detail());
        String explanation = entry.signature().explanation();
        assertTrue(explanation.contains("String to sign"), explanation);
        assertTrue(explanation.contains("Likely cause: different key"), explanation);
        assertEquals(Verdict.VIOLATION, entry.verdict());
        assertTrue(entry.violations().stream().map(Violation::kind).toList().contains(ViolationKind.INVALID_SIGNATURE_FROM_POS),
                entry.violations().toString());
        Matcher longBase64 = Pattern.compile("[A-Za-z0-9+/%]{200,}").matcher(entry.toString());
        assertFalse(longBase64.find(), "neither a key nor a signature (both long Base64) in the journal");
    }

    @Test
    void schemaInvalidNotificationNamesTheField() {
        SimOrder order = createdOrder();
        String body = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + order.requestOrderId()
                + "\",\"orderStatus\":\"EATEN\"}";

        SignedHttp.Answer answer = SignedHttp.asPos(server.getURI()).post("/v2/pos/notifyOrderChange", body);

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        JournalEntry entry = only(order.requestOrderId(), "notifyOrderChange");
        assertTrue(entry.signature().valid());
        assertNotNull(entry.schemaProblem());
        assertTrue(entry.schemaProblem().contains("orderStatus"), entry.schemaProblem());
        assertEquals(List.of(ViolationKind.SCHEMA_VIOLATION), entry.violations().stream().map(Violation::kind).toList());
        assertEquals(Verdict.VIOLATION, entry.verdict());
    }

    @Test
    void replayedNotificationPointsAtTheRequestItRepeats() {
        SimOrder order = createdOrder();
        String body = notify(order.requestOrderId(), "ACCEPTED");
        SignedHttp pos = SignedHttp.asPos(server.getURI());

        pos.post("/v2/pos/notifyOrderChange", body);
        pos.post("/v2/pos/notifyOrderChange", body);

        List<JournalEntry> entries = journal.find(JournalQuery.ofOrder(order.requestOrderId()));
        assertEquals(2, entries.size());
        JournalEntry replay = entries.get(0);
        JournalEntry first = entries.get(1);
        assertNull(first.replayOf());
        assertEquals(first.id(), replay.replayOf());
        assertEquals(first.requestId(), replay.requestId());
        assertEquals(first.answerBody(), replay.answerBody());
    }

    @Test
    void outboundCreateOrderIsJournalledWithItsAnswer() {
        SimOrder order = new SimOrder(Orders.pickup(), "test-run", "test");
        orders.add(order);

        assertTrue(gateway.createOrder(order).answered());

        JournalEntry entry = only(order.requestOrderId(), "createOrder");
        assertEquals(Direction.TO_POS, entry.direction());
        assertTrue(entry.requestBody().contains("\"requestOrderId\":\"" + order.requestOrderId() + "\""), entry.requestBody());
        assertEquals(order.requestOrderId(), entry.requestId());
        assertEquals(FakePos.ACCOUNT + "/" + FakePos.AUTO_STORE, entry.storeKey());
        assertNotNull(entry.answerBody());
        assertTrue(entry.answerBody().contains("posOrderId"), entry.answerBody());
        assertEquals("S", entry.resultStatus());
        assertTrue(entry.signature().valid());
        assertEquals(Verdict.OK, entry.verdict());
    }

    @Test
    void wronglySignedAnswerIsJournalledAsAViolationWithItsExplanation() {
        fakePos.behave(FakePos.Misbehaviour.WRONGLY_SIGNED_ANSWERS);
        SimOrder order = new SimOrder(Orders.pickup(), "test-run", "test");
        orders.add(order);

        assertFalse(gateway.createOrder(order).answered());

        JournalEntry entry = only(order.requestOrderId(), "createOrder");
        assertNotNull(entry.answerBody());
        assertFalse(entry.signature().valid());
        assertTrue(entry.signature().explanation().contains("Likely cause"), entry.signature().explanation());
        assertEquals(Verdict.VIOLATION, entry.verdict());
    }

    @Test
    void createOrderWithoutAnAnswerWithinTheBudgetIsNoAnswer() {
        fakePos.behave(FakePos.Misbehaviour.SLOW_CREATE);
        SimOrder order = new SimOrder(Orders.pickup(), "test-run", "test");
        orders.add(order);

        assertFalse(gateway.createOrder(order).answered());

        JournalEntry entry = only(order.requestOrderId(), "createOrder");
        assertNull(entry.answerBody());
        assertFalse(entry.requestBody().isEmpty(), "the request as sent");
        assertEquals(Verdict.NO_ANSWER, entry.verdict());
        assertTrue(entry.elapsedMillis() >= 2000, "waited for the budget: " + entry.elapsedMillis());
    }

    private JournalEntry only(String requestOrderId, String operation) {
        List<JournalEntry> entries = journal.find(JournalQuery.ofOrder(requestOrderId));
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(operation, entries.get(0).operation());
        return entries.get(0);
    }

    private SimOrder createdOrder() {
        SimOrder order = new SimOrder(Orders.pickup(), "test-run", "test");
        orders.add(order);
        order.created("POS-" + order.requestOrderId(), true);
        return order;
    }

    private static String notify(String requestOrderId, String status) {
        return "{\"requestId\":\"" + UUID.randomUUID() + "\",\"requestOrderId\":\"" + requestOrderId
                + "\",\"orderStatus\":\"" + status + "\"}";
    }
}

package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.support.AgainstFakePos;
import dev.dstorekit.simulator.support.FakePos.Misbehaviour;
import dev.dstorekit.simulator.violation.ViolationKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator proven as a checker: each deliberately wrong POS is caught as the right kind of violation, the run
 * fails (exit code 1) and the report names the rule and its REFERENCE section.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MisbehavingPosTest extends AgainstFakePos {

    @Inject
    ReportWriter reports;

    @Test
    void posThatCreatesANewOrderOnEveryRetryIsCaught() {
        fakePos.behave(Misbehaviour.NEW_POS_ORDER_ID_ON_RETRY);

        RunReport lost = run("pos-timeout");
        RunReport duplicates = run("duplicate-create");

        assertCaught(lost, ViolationKind.NEW_POS_ORDER_ID_ON_RETRY);
        assertCaught(duplicates, ViolationKind.NEW_POS_ORDER_ID_ON_RETRY);
    }

    @Test
    void unsignedAnswersAreCaught() {
        fakePos.behave(Misbehaviour.UNSIGNED_ANSWERS);

        assertCaught(run("happy-pickup"), ViolationKind.ANSWER_NOT_SIGNED);
    }

    @Test
    void answersSignedWithAnUnknownKeyAreCaught() {
        fakePos.behave(Misbehaviour.WRONGLY_SIGNED_ANSWERS);

        assertCaught(run("happy-pickup"), ViolationKind.INVALID_SIGNATURE_FROM_POS);
    }

    @Test
    void illegalTransitionSentWithNotifyOrderChangeIsCaught() {
        fakePos.behave(Misbehaviour.ILLEGAL_TRANSITION);

        RunReport report = run("happy-pickup");

        assertCaught(report, ViolationKind.ILLEGAL_TRANSITION);
        assertTrue(report.violations().stream().anyMatch(v -> v.details().contains("ACCEPTED is not allowed after COMPLETED")),
                report.violations().toString());
    }

    @Test
    void refundAbovePaidIsCaught() {
        fakePos.behave(Misbehaviour.REFUND_ABOVE_PAID);

        assertCaught(run("dine-in"), ViolationKind.REFUND_EXCEEDS_PAID);
    }

    @Test
    void createOrderSlowerThanTheBudgetIsCaughtAndRecoveredByInquiryAndRetry() {
        fakePos.behave(Misbehaviour.SLOW_CREATE);
        int before = fakePos.orderCount();

        RunReport report = run("happy-pickup");

        assertCaught(report, ViolationKind.CREATE_ORDER_TOO_SLOW);
        assertEquals(before + 1, fakePos.orderCount(), "one order despite the retry");
        assertEquals("COMPLETED", report.orders().get(0).finalStatus(), "D-Store went on after the retry: " + log());
    }

    @Test
    void http500WithoutAResultIsCaught() {
        fakePos.behave(Misbehaviour.ERROR_500);

        RunReport report = run("happy-pickup");

        assertCaught(report, ViolationKind.NON_200_OR_NO_RESULT);
        assertTrue(report.violations().stream().anyMatch(v -> v.details().contains("HTTP 500")), report.violations().toString());
    }

    @Test
    void aMerchantApiThatRefusesTheMerchantIsCaughtAtOnce() {
        fakePos.behave(Misbehaviour.MERCHANT_API_REFUSES);

        RunReport report = run("happy-pickup");

        assertCaught(report, ViolationKind.MERCHANT_ACTION_FAILED);
        assertTrue(report.orders().get(0).outcome().contains("the merchant's status failed"), report.orders().get(0).outcome());
        assertTrue(errorKinds(report).stream().noneMatch(kind -> kind == ViolationKind.EXPECTED_NOTIFICATION_MISSING),
                "the flow stops at the refused action instead of waiting for a notification that cannot come: " + errorKinds(report));
    }

    @Test
    void inquiryThatContradictsTheNotificationsIsCaught() {
        fakePos.behave(Misbehaviour.STALE_INQUIRY);

        assertCaught(run("happy-pickup"), ViolationKind.INQUIRY_STATUS_MISMATCH);
    }

    @Test
    void foodpandaCancelAfterCompleteRefusedIsCaught() {
        fakePos.behave(Misbehaviour.REFUSES_CANCEL_AFTER_COMPLETE);

        assertCaught(run("foodpanda-cancel-after-complete"), ViolationKind.PUSH_ORDER_CHANGE_REFUSED);
    }

    @Test
    void reportNamesEachViolationWithItsRuleAndReferenceInJsonAndJunitXml() throws Exception {
        fakePos.behave(Misbehaviour.REFUND_ABOVE_PAID);
        RunReport report = run("dine-in");
        Path directory = Files.createTempDirectory("report");

        List<Path> files = reports.write(report, directory);

        String json = Files.readString(files.get(0));
        assertTrue(json.contains("\"kind\" : \"REFUND_EXCEEDS_PAID\""), json);
        assertTrue(json.contains("REFERENCE §5.3"), json);
        assertTrue(json.contains("\"timeline\""), json);
        assertEquals(report, reports.fromJson(Files.readAllBytes(files.get(0))), "the JSON reads back to the same report");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1).toFile());
        NodeList failures = xml.getElementsByTagName("failure");
        assertTrue(failures.getLength() >= 1);
        Element failure = (Element) failures.item(0);
        assertEquals("REFUND_EXCEEDS_PAID", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("REFERENCE §5.3"), failure.getTextContent());
        assertEquals("dstore-simulator.dine-in", xml.getDocumentElement().getAttribute("name"));
    }

    private void assertCaught(RunReport report, ViolationKind kind) {
        assertEquals(RunReport.FAILED, report.status(), () -> report.summary() + "\n" + log());
        assertEquals(1, report.exitCode());
        assertTrue(errorKinds(report).contains(kind), () -> "expected " + kind + " in " + errorKinds(report) + "\n" + log());
        assertTrue(report.violations().stream().filter(v -> v.kind() == kind)
                .allMatch(v -> v.reference().startsWith("REFERENCE §") && !v.rule().isBlank()));
    }
}

package dev.dstorekit.simulator.pds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pds addStore: the schema plus the rules it cannot express, checked on the spec's own samples. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddStoreTest implements TestPropertyProvider {

    static final String PATH = "/v2/pds/store/addStore";

    @Inject
    EmbeddedServer server;
    @Inject
    ViolationLog violations;
    @Inject
    PdsStoreRepository stores;

    SignedHttp isv;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.pds-areas", "MAXWELL-FOOD-CENTRE,A39239");
        return properties;
    }

    @BeforeEach
    void setUp() {
        isv = SignedHttp.asPos(server.getURI());
        violations.clear();
    }

    @Test
    void theHawkerStallSampleIsAdded() {
        ObjectNode request = stall("STALL-1");

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("S", answer.resultStatus(), answer.body());
        assertEquals("SUCCESS", answer.resultCode());
        assertTrue(answer.signature().valid());
        PdsStoreRecord stored = stores.find("STALL-1").orElseThrow();
        assertEquals(List.of("PICKUP", "DINEIN"), stored.menuTypes());
        assertTrue(violations.all().isEmpty(), violations.all().toString());
    }

    @Test
    void thePagesOwnSampleWithAStoresArrayIsAddedWithAWarningAboutItsMenuWithoutRules() {
        ObjectNode request = SpecExamples.request("dstore-pds-api.yaml", PATH, "documentedSample");
        request.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) request.withArray("stores").get(0).path("storeInfo")).put("storeId", "ST-" + UUID.randomUUID());

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("S", answer.resultStatus(), answer.body());
        List<Violation> warnings = violations.all();
        assertEquals(List.of(ViolationKind.MENU_WITHOUT_RULES), warnings.stream().map(Violation::kind).toList());
        assertTrue(warnings.get(0).details().contains("PICKUP menu 055 needs PICKUP_SCHEDULE and PICKUP_RULE"), warnings.get(0).details());
    }

    @Test
    void neitherOrBothOfStoreAndStoresIsParamIllegal() {
        ObjectNode both = stall("STALL-BOTH");
        both.putArray("stores").add(both.path("store").deepCopy());
        ObjectNode neither = stall("STALL-NEITHER");
        neither.remove("store");

        for (ObjectNode request : List.of(both, neither)) {
            SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));
            assertEquals("PARAM_ILLEGAL", answer.resultCode());
            assertTrue(answer.resultMessage().contains("exactly one of store or stores"), answer.resultMessage());
        }
    }

    @Test
    void aHawkerStoreNeedsAnAreaId() {
        ObjectNode request = stall("STALL-NOAREA");
        info(request).remove("areaId");

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.storeInfo.areaId: required when storeType is HAWKER"), answer.resultMessage());
    }

    @Test
    void anAreaThatWasNeverSyncedIsAreaNotFound() {
        ObjectNode request = stall("STALL-NEWAREA");
        info(request).put("areaId", "CHINATOWN-COMPLEX");

        assertEquals("AREA_NOT_FOUND", isv.post(PATH, SpecExamples.text(request)).resultCode());
    }

    @Test
    void aSceneTwiceIsParamIllegal() {
        ObjectNode request = stall("STALL-SCENE");
        ArrayNode rules = info(request).withArray("businessRule");
        rules.add(rules.get(1).deepCopy());

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.storeInfo.businessRule[6].scene: PICKUP_RULE appears more than once"), answer.resultMessage());
    }

    @Test
    void decodedRuleDataIsValidatedAgainstTheSchemaOfItsScene() {
        ObjectNode request = stall("STALL-RULEDATA");
        ((ObjectNode) info(request).withArray("businessRule").get(2)).put("ruleData",
                "[{\"scheduleType\":\"WEEKLY\",\"supportDays\":40,\"schedules\":{\"MONDAY\":[{\"startTime\":\"10:00\",\"endTime\":\"14:00\"}]}}]");

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.storeInfo.businessRule[2].ruleData[0].supportDays:"), answer.resultMessage());
        assertTrue(answer.resultMessage().contains("ScheduleRuleData"), answer.resultMessage());
    }

    @Test
    void ruleDataThatIsNotJsonAndScheduleKeysOfTheWrongTypeAreParamIllegal() {
        ObjectNode notJson = stall("STALL-NOTJSON");
        ((ObjectNode) info(notJson).withArray("businessRule").get(3)).put("ruleData", "isTableNoRequired=true");
        ObjectNode wrongKey = stall("STALL-KEY");
        ((ObjectNode) info(wrongKey).withArray("businessRule").get(2)).put("ruleData",
                "[{\"scheduleType\":\"DAILY\",\"supportDays\":1,\"schedules\":{\"MONDAY\":[{\"startTime\":\"10:00\",\"endTime\":\"14:00\"}]}}]");

        SignedHttp.Answer first = isv.post(PATH, SpecExamples.text(notJson));
        SignedHttp.Answer second = isv.post(PATH, SpecExamples.text(wrongKey));

        assertEquals("store.storeInfo.businessRule[3].ruleData: not JSON text (ruleData is JSON serialized into a string)", first.resultMessage());
        assertTrue(second.resultMessage().startsWith("store.storeInfo.businessRule[2].ruleData[0].schedules.MONDAY: not a key of a DAILY schedule"),
                second.resultMessage());
    }

    @Test
    void aReduceDiscountValueIsDecodedAsARuleAmount() {
        ObjectNode request = stall("STALL-DISCOUNT");
        ((ObjectNode) info(request).withArray("businessRule").get(5)).put("ruleData",
                "[{\"from\":0,\"to\":3000,\"discounts\":[{\"discountType\":\"REDUCE\",\"discountValue\":\"{\\\"currency\\\":\\\"SGD\\\"}\"}]}]");

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.storeInfo.businessRule[5].ruleData[0].discounts[0].discountValue: decoded RuleAmount invalid"),
                answer.resultMessage());
    }

    @Test
    void twoMenusOfOneTypeAreParamIllegal() {
        ObjectNode request = stall("STALL-MENUS");
        ArrayNode menus = ((ObjectNode) request.path("store")).withArray("menus");
        ObjectNode copy = menus.get(0).deepCopy();
        ((ObjectNode) copy.path("menuInfo")).put("menuId", "ANOTHER-PICKUP");
        menus.add(copy);

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.menus[2].menuInfo.menuType: a store has at most one PICKUP menu"), answer.resultMessage());
    }

    @Test
    void aStoreAddedTwiceIsStoreAlreadyExistsButAReplayGetsTheStoredAnswer() {
        ObjectNode request = stall("STALL-TWICE");
        String text = SpecExamples.text(request);
        assertEquals("S", isv.post(PATH, text).resultStatus());

        SignedHttp.Answer replay = isv.post(PATH, text);
        request.put("requestId", UUID.randomUUID().toString());
        SignedHttp.Answer again = isv.post(PATH, SpecExamples.text(request));

        assertEquals("S", replay.resultStatus(), "same requestId and body: the same answer");
        assertEquals("STORE_ALREADY_EXISTS", again.resultCode());
    }

    @Test
    void schemaViolationsInsideTheStoreNameTheField() {
        ObjectNode request = stall("STALL-SCHEMA");
        ((ObjectNode) request.path("store").path("menus").get(0).path("menuInfo").withArray("pickUpRules").get(0)).put("startTime", "25:00");

        SignedHttp.Answer answer = isv.post(PATH, SpecExamples.text(request));

        assertEquals("PARAM_ILLEGAL", answer.resultCode());
        assertTrue(answer.resultMessage().startsWith("store.menus[0].menuInfo.pickUpRules[0].startTime:"), answer.resultMessage());
    }

    private static ObjectNode stall(String storeId) {
        ObjectNode request = SpecExamples.addStoreHawkerStall();
        request.put("requestId", UUID.randomUUID().toString());
        info(request).put("storeId", storeId);
        return request;
    }

    private static ObjectNode info(ObjectNode request) {
        return (ObjectNode) request.path("store").path("storeInfo");
    }
}

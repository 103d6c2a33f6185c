package dev.dstorekit.simulator.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.SpecExamples;
import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults on the simulator's own endpoints, as a POS's retry logic meets them; each rule set through the control API
 * the way a tester would.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest implements TestPropertyProvider {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    FaultInjector faults;
    @Inject
    CatalogRepository catalogs;

    SignedHttp pos;

    @Override
    public Map<String, String> getProperties() {
        return TestSignature.simulatorProperties();
    }

    @BeforeEach
    void setUp() {
        pos = SignedHttp.asPos(server.getURI());
        faults.clear();
    }

    @Test
    void unknownForTheNextCallIsNotProcessedAndTheRetryWithTheSameRequestIdSucceeds() throws Exception {
        assertEquals(201, control("POST", "/control/faults", "{\"spec\":\"syncProduct:UNKNOWN:next=1\"}").statusCode());
        String body = sync("STORE-FAULT-U");

        SignedHttp.Answer first = pos.post("/v2/pos/syncProduct", body);
        boolean processed = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-FAULT-U")).isPresent();
        SignedHttp.Answer retry = pos.post("/v2/pos/syncProduct", body);

        assertEquals("U", first.resultStatus());
        assertEquals("UNKNOWN_EXCEPTION", first.resultCode());
        assertTrue(first.signature().valid(), "a U answer is signed too");
        assertFalse(processed);
        assertEquals("S", retry.resultStatus(), "a U answer is not kept for the requestId");
        assertTrue(catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-FAULT-U")).isPresent());
    }

    @Test
    void trafficLimitAnswersUWithItsCode() {
        faults.add(FaultRule.parse("*:TRAFFIC_LIMIT"));

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", sync("STORE-FAULT-T"));

        assertEquals("U", answer.resultStatus());
        assertEquals("REQUEST_TRAFFIC_EXCEED_LIMIT", answer.resultCode());
    }

    @Test
    void aDroppedAnswerWasProcessedAndTheRetryGetsTheStoredAnswer() {
        faults.add(FaultRule.parse("syncProduct:DROP:next=1"));
        String body = sync("STORE-FAULT-D");

        assertThrows(IllegalStateException.class, () -> pos.post("/v2/pos/syncProduct", body), "the connection closes without an answer");
        boolean processed = catalogs.find(new StoreKey("MER-AHSENG-0001", "STORE-FAULT-D")).isPresent();
        SignedHttp.Answer retry = pos.post("/v2/pos/syncProduct", body);

        assertTrue(processed, "the call was processed before the answer was lost");
        assertEquals("S", retry.resultStatus());
    }

    @Test
    void aWrongSignatureOnTheAnswerDoesNotVerify() {
        faults.add(FaultRule.parse("syncProduct:WRONG_SIGNATURE"));

        SignedHttp.Answer answer = pos.post("/v2/pos/syncProduct", sync("STORE-FAULT-W"));

        assertEquals("S", answer.resultStatus());
        assertFalse(answer.signature().valid());
    }

    @Test
    void aDelayedCallIsStillAnsweredNormally() {
        faults.add(FaultRule.parse("syncProduct:DELAY:delay=300ms"));

        assertEquals("S", pos.post("/v2/pos/syncProduct", sync("STORE-FAULT-L")).resultStatus());
    }

    @Test
    void aRateFaultHitsSomeCallsAndOnlyTheNamedOperation() {
        faults.add(FaultRule.parse("notifyOrderChange:UNKNOWN:rate=1.0"));

        assertEquals("S", pos.post("/v2/pos/syncProduct", sync("STORE-FAULT-R")).resultStatus());
        assertEquals("UNKNOWN_EXCEPTION", pos.post("/v2/pos/notifyOrderChange",
                "{\"requestId\":\"r-1\",\"requestOrderId\":\"nope\",\"orderStatus\":\"ACCEPTED\"}").resultCode());
    }

    @Test
    void faultsAreListedAndRemovedThroughTheControlApi() throws Exception {
        control("POST", "/control/faults", "{\"operation\":\"syncStore\",\"kind\":\"DELAY\",\"rate\":0.5,\"delayMillis\":100}");

        String listed = control("GET", "/control/faults", null).body();
        HttpResponse<String> bad = control("POST", "/control/faults", "{\"spec\":\"syncStore:EXPLODE\"}");
        control("DELETE", "/control/faults", null);

        assertTrue(listed.contains("\"kind\":\"DELAY\"") && listed.contains("syncStore"), listed);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("unknown kind EXPLODE"), bad.body());
        assertEquals("[]", control("GET", "/control/faults", null).body());
    }

    @Test
    void faultRulesReadTheCompactForm() {
        assertEquals(new FaultRule("notifyOrderChange", FaultKind.UNKNOWN, null, 2, null), FaultRule.parse("notifyOrderChange:UNKNOWN:next=2"));
        assertEquals(new FaultRule("*", FaultKind.DELAY, 0.2, null, java.time.Duration.ofSeconds(3)), FaultRule.parse("*:DELAY:rate=0.2:delay=3s"));
        assertThrows(IllegalArgumentException.class, () -> FaultRule.parse("*:DELAY"), "a delay needs its duration");
        assertThrows(IllegalArgumentException.class, () -> FaultRule.parse("*:UNKNOWN:rate=2"));
    }

    private String sync(String store) {
        ObjectNode body = SpecExamples.syncProductFullSync();
        body.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) body.path("store")).put("posStoreId", store);
        return SpecExamples.text(body);
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

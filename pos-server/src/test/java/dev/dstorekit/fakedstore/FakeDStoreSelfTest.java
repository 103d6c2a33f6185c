package dev.dstorekit.fakedstore;

import dev.dstorekit.pos.support.Concurrently;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fake D-Store's checks catch a broken POS — two calls of one order in flight at once, a requestId sent again
 * after S, a request not signed with the POS key — so their silence in the outbox tests means something.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FakeDStoreSelfTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PATH = "/v2/pos/notifyOrderChange";

    FakeDStore dstore;

    @BeforeAll
    void start() {
        dstore = FakeDStore.start();
    }

    @AfterAll
    void stop() {
        dstore.close();
    }

    @Test
    void twoCallsOfOneOrderInFlightTogetherAreCaught() throws Exception {
        String order = "RO-" + UUID.randomUUID();
        // 3 s each: the two calls overlap even when a loaded machine starts the second one late
        dstore.script().then(order, Reply.slowSuccess(Duration.ofSeconds(3)), Reply.slowSuccess(Duration.ofSeconds(3)));

        Concurrently.run(2, i -> notify(order, "ntf-" + i, TestKeys.POS.getPrivate()));

        assertEquals(1, dstore.journal().overlaps(order).size(), dstore.journal().overlaps().toString());
    }

    @Test
    void aRequestIdSentAgainAfterSuccessIsCaught() {
        String order = "RO-" + UUID.randomUUID();
        String requestId = "ntf-" + UUID.randomUUID();

        notify(order, requestId, TestKeys.POS.getPrivate());
        notify(order, requestId, TestKeys.POS.getPrivate());

        assertEquals(java.util.List.of(requestId), dstore.journal().resentAfterSuccess().stream()
                .filter(requestId::equals).toList());
    }

    @Test
    void aRequestNotSignedByThePosIsRefusedAndNotRecorded() {
        String order = "RO-" + UUID.randomUUID();

        String answer = notify(order, "ntf-x", TestKeys.STRANGER.getPrivate());

        assertTrue(answer.contains("INVALID_SIGNATURE"), answer);
        assertEquals(0, dstore.journal().about(order).size());
    }

    private String notify(String requestOrderId, String requestId, PrivateKey key) {
        byte[] body = ("{\"requestId\":\"" + requestId + "\",\"requestOrderId\":\"" + requestOrderId
                + "\",\"orderStatus\":\"ACCEPTED\"}").getBytes(StandardCharsets.UTF_8);
        String time = DStore.now();
        String signature = DStore.sign(PATH, PosServer.CLIENT_ID, time, body, key);
        HttpRequest request = HttpRequest.newBuilder(URI.create(dstore.url() + PATH))
                .header("Content-Type", "application/json; charset=UTF-8").header("Client-Id", PosServer.CLIENT_ID)
                .header("Request-Time", time).header("Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.testsupport.TestKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/** Plays D-Store: signs each request with D-Store's test key over the exact bytes it sends. */
public final class DStore {

    public static final String CREATE_ORDER = "/v2/pos/createOrder";
    public static final String INQUIRE = "/v2/pos/inquireOrderDetail";
    public static final String PUSH = "/v2/pos/pushOrderChange";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    /** @param base the server's URL without a path, e.g. {@code http://localhost:41234} */
    public DStore(URI base) {
        this.base = base;
    }

    public Answer createOrder(String body) {
        return post(CREATE_ORDER, body);
    }

    /**
     * createOrder as D-Store sends it: a U is retried with the same body after a pause, up to 20 times. A burst larger
     * than the server serves at once is partly answered U (admission control), and D-Store's retry decides it.
     */
    public Answer createOrderRetryingUnknown(String body) {
        Answer answer = createOrder(body);
        for (int retry = 0; retry < 20 && "U".equals(answer.resultStatus()); retry++) {
            Eventually.pause(Duration.ofMillis(100));
            answer = createOrder(body);
        }
        return answer;
    }

    public Answer inquire(String requestOrderId) {
        return post(INQUIRE, JSON.createObjectNode().put("requestOrderId", requestOrderId).toString());
    }

    public Answer push(String body) {
        return post(PUSH, body);
    }

    public Answer post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String time = now();
        return send(path, bytes, PosServer.CLIENT_ID, time, sign(path, PosServer.CLIENT_ID, time, bytes,
                TestKeys.DSTORE.getPrivate()));
    }

    public static String sign(String path, String clientId, String time, byte[] body, PrivateKey key) {
        return new RsaPayloadSigner(key).sign("POST", path, clientId, time, body);
    }

    /** Sends exactly these bytes and headers; a null header is left out. */
    public Answer send(String path, byte[] body, String clientId, String time, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (clientId != null) {
            request.header("Client-Id", clientId);
        }
        if (time != null) {
            request.header("Request-Time", time);
        }
        if (signature != null) {
            request.header("Signature", signature);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(path, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String now() {
        return RequestTimes.now(Clock.system(ZoneOffset.ofHours(8)));
    }
}

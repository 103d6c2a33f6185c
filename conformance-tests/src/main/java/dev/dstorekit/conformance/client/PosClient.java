package dev.dstorekit.conformance.client;

import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RequestTimes;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the POS under test the way D-Store does, with REST-assured sending the body bytes unchanged and the
 * headers exactly as built, and returns the answer's exact bytes. Every exchange is added to the run's
 * {@link ExchangeLog}, so run-wide rules (never HTTP 5xx, always a Result) can be checked at the end.
 */
public final class PosClient {

    /** D-Store's FAQ shows Request-Time with a +08:00 offset; use the same so POS parsers see the usual form. */
    static final Clock SINGAPORE = Clock.system(ZoneOffset.ofHours(8));
    private static final String JSON_UTF8 = "application/json; charset=UTF-8";

    private final String baseUri;
    private final String basePath;
    private final String clientId;
    private final PayloadSigner signer;
    private final ExchangeLog log;
    private final RestAssuredConfig config;

    public PosClient(URI target, String clientId, PayloadSigner signer, Duration timeout, ExchangeLog log) {
        this.baseUri = target.getScheme() + "://" + target.getRawAuthority();
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.clientId = clientId;
        this.signer = signer;
        this.log = log;
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.config = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", Math.min(millis, 10_000))
                        .setParam("http.socket.timeout", millis));
    }

    /** A correctly signed call to build on. */
    public CallBuilder call(Operation operation, byte[] body) {
        return new CallBuilder(operation, body, basePath, clientId, now(), signer);
    }

    /** Signs and sends {@code body} correctly. */
    public Exchange send(Operation operation, byte[] body) {
        return send(call(operation, body).build());
    }

    public Exchange send(OutgoingCall call) {
        RequestSpecification request = RestAssured.given()
                .config(config)
                .baseUri(baseUri)
                .basePath(basePath)
                .urlEncodingEnabled(false)
                .contentType(JSON_UTF8)
                .body(call.body());
        call.headers().forEach(request::header);
        long start = System.nanoTime();
        Exchange exchange;
        try {
            Response response = request.post(call.operation().path());
            byte[] body = response.asByteArray();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName(), header.getValue());
            }
            exchange = new Exchange(call, response.getStatusCode(), headers, body == null ? new byte[0] : body,
                    elapsed, null);
        } catch (Exception e) { // REST-assured (Groovy) also throws checked IOExceptions such as ConnectException
            exchange = new Exchange(call, -1, Map.of(), new byte[0], Duration.ofNanos(System.nanoTime() - start),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        log.add(exchange);
        return exchange;
    }

    /** The path as signed: the target's base path plus the operation path, e.g. {@code /v2/pos/createOrder}. */
    public String signedUri(Operation operation) {
        return basePath + operation.path();
    }

    public String clientId() {
        return clientId;
    }

    /** A Request-Time for now, in the documented form ({@code 2023-08-28T22:16:07+08:00}). */
    public static String now() {
        return RequestTimes.now(SINGAPORE);
    }
}

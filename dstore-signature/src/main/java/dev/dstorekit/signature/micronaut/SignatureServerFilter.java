package dev.dstorekit.signature.micronaut;

import dev.dstorekit.signature.RequestTimes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies every inbound D-Store API call over the raw bytes received, before any controller runs, and
 * signs every answer over the bytes actually sent. A call that fails verification is never processed:
 * it is answered HTTP 200 with {@code F / INVALID_SIGNATURE}, and the log says which check failed.
 */
@ServerFilter(patterns = {SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
@Requires(beans = SignatureSettings.class)
public final class SignatureServerFilter implements Ordered {

    public static final String POS_API = "/v2/pos/**";
    public static final String PDS_API = "/v2/pds/**";
    /** Set on a request that passed verification, for metrics and tests. */
    public static final String VERIFIED = "dstore.signature.verified";
    /** The verified raw body, for whoever must explain later what was wrong with it (same name as ResultAnswerFilter.RAW_BODY). */
    public static final String RAW_BODY = "dstore.raw-body";

    /** Outermost on the D-Store paths: verify before anything reads the request, sign after everything else. */
    public static final int ORDER = 0;

    private static final Logger LOG = LoggerFactory.getLogger(SignatureServerFilter.class);

    private final SignatureSettings settings;
    private final JsonMapper jsonMapper;
    private final SignatureMetrics metrics;

    public SignatureServerFilter(SignatureSettings settings, JsonMapper jsonMapper, SignatureMetrics metrics) {
        this.settings = settings;
        this.jsonMapper = jsonMapper;
        this.metrics = metrics;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> verify(HttpRequest<?> request, @Nullable @Body byte[] body) {
        byte[] wire = body == null ? new byte[0] : body;
        String uri = SignedUris.of(request);
        InboundCheck.Outcome outcome = InboundCheck.check(settings, request.getMethodName(), uri,
                request.getHeaders().get(SignatureHeaders.CLIENT_ID), SignatureHeaders.REQUEST_TIME,
                request.getHeaders().get(SignatureHeaders.REQUEST_TIME), wire,
                request.getHeaders().get(SignatureHeaders.SIGNATURE));
        if (outcome.passed()) {
            request.setAttribute(VERIFIED, Boolean.TRUE);
            request.setAttribute(RAW_BODY, wire);
            return null;
        }
        LOG.warn("Refused {} {}: INVALID_SIGNATURE ({})", request.getMethodName(), uri, outcome.reason());
        metrics.inboundRefused(outcome.reason());
        byte[] answer = WireBodies.failure(jsonMapper, "F", "INVALID_SIGNATURE",
                "Signature verification failed: " + outcome.reason());
        MutableHttpResponse<byte[]> response = HttpResponse.ok(answer);
        signInto(request, response, answer);
        return response;
    }

    @ResponseFilter
    public void sign(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getHeaders().contains(SignatureHeaders.SIGNATURE)) {
            return; // already signed (a refusal built by verify)
        }
        byte[] wire = WireBodies.encode(jsonMapper, response.getBody().orElse(null));
        MutableHttpResponse<Object> mutable = (MutableHttpResponse<Object>) response;
        mutable.body(wire);
        signInto(request, mutable, wire);
    }

    private void signInto(HttpRequest<?> request, MutableHttpResponse<?> response, byte[] wire) {
        String responseTime = RequestTimes.now(settings.clock());
        String signature = settings.signer().sign(request.getMethodName(), SignedUris.of(request),
                settings.clientId(), responseTime, wire);
        response.contentType(SignatureHeaders.JSON_UTF8);
        response.header(SignatureHeaders.CLIENT_ID, settings.clientId());
        response.header(SignatureHeaders.RESPONSE_TIME, responseTime);
        response.header(SignatureHeaders.SIGNATURE, signature);
        if (LOG.isTraceEnabled()) {
            LOG.trace("Signed answer to {} ({} bytes)", SignedUris.of(request), wire.length);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

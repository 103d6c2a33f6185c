package dev.dstorekit.signature.micronaut;

import dev.dstorekit.signature.RequestTimes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs every outgoing D-Store API call over the bytes it puts on the wire, and verifies the signature
 * of the answer. An unsigned or invalid answer raises {@link SignatureVerificationException}, so the
 * caller treats it as a failed attempt rather than trusting its content.
 */
@ClientFilter(patterns = {SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
@Requires(beans = SignatureSettings.class)
public final class SignatureClientFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureClientFilter.class);

    private final SignatureSettings settings;
    private final JsonMapper jsonMapper;
    private final SignatureMetrics metrics;

    public SignatureClientFilter(SignatureSettings settings, JsonMapper jsonMapper, SignatureMetrics metrics) {
        this.settings = settings;
        this.jsonMapper = jsonMapper;
        this.metrics = metrics;
    }

    @RequestFilter
    public void sign(MutableHttpRequest<?> request) {
        byte[] wire = WireBodies.encode(jsonMapper, request.getBody().orElse(null));
        String requestTime = RequestTimes.now(settings.clock());
        String signature = settings.signer().sign(request.getMethodName(), SignedUris.of(request),
                settings.clientId(), requestTime, wire);
        ((MutableHttpRequest<Object>) request).body(wire);
        request.contentType(SignatureHeaders.JSON_UTF8);
        request.header(SignatureHeaders.CLIENT_ID, settings.clientId());
        request.header(SignatureHeaders.REQUEST_TIME, requestTime);
        request.header(SignatureHeaders.SIGNATURE, signature);
    }

    @ResponseFilter
    public void verify(HttpRequest<?> request, HttpResponse<?> response) {
        if (!settings.verifyResponses()) {
            return;
        }
        byte[] wire = response.getBody(byte[].class).orElse(new byte[0]);
        String uri = SignedUris.of(request);
        InboundCheck.Outcome outcome = InboundCheck.check(settings, request.getMethodName(), uri,
                response.getHeaders().get(SignatureHeaders.CLIENT_ID), SignatureHeaders.RESPONSE_TIME,
                response.getHeaders().get(SignatureHeaders.RESPONSE_TIME), wire,
                response.getHeaders().get(SignatureHeaders.SIGNATURE));
        if (!outcome.passed()) {
            LOG.warn("Answer to {} {} refused: {}", request.getMethodName(), uri, outcome.reason());
            metrics.answerRefused(outcome.reason());
            throw new SignatureVerificationException("Answer to " + uri + " refused: " + outcome.reason());
        }
    }
}

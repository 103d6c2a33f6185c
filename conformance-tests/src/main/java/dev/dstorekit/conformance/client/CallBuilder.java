package dev.dstorekit.conformance.client;

import dev.dstorekit.signature.PayloadSigner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Builds one signed call, correctly by default. Each setter makes one thing differ from what was signed
 * (the tampering cases) or changes how the headers are written; {@link #build()} signs and assembles them.
 */
public final class CallBuilder {

    private final Operation operation;
    private final byte[] body;
    private final String signedUriPrefix;
    private byte[] signedBody;
    private String signedPath;
    private String clientId;
    private String signedClientId;
    private String time;
    private String signedTime;
    private PayloadSigner signer;
    private UnaryOperator<String> signatureRewrite = UnaryOperator.identity();
    private final Map<String, Boolean> omitted = new LinkedHashMap<>();

    CallBuilder(Operation operation, byte[] body, String signedUriPrefix, String clientId, String time,
                PayloadSigner signer) {
        this.operation = Objects.requireNonNull(operation);
        this.body = Objects.requireNonNull(body);
        this.signedUriPrefix = signedUriPrefix;
        this.clientId = clientId;
        this.time = time;
        this.signer = signer;
    }

    /** Sign these bytes but send the builder's body. */
    public CallBuilder signedBody(byte[] bytes) {
        this.signedBody = bytes;
        return this;
    }

    /** Sign for another operation's path but send to this one. */
    public CallBuilder signedFor(Operation other) {
        this.signedPath = other.path();
        return this;
    }

    /** Send this Client-Id (the signature is made with whatever {@link #signedClientId} says, by default the same). */
    public CallBuilder clientId(String value) {
        this.clientId = value;
        return this;
    }

    public CallBuilder signedClientId(String value) {
        this.signedClientId = value;
        return this;
    }

    /** Send this Request-Time (and sign it, unless {@link #signedTime} says otherwise). */
    public CallBuilder requestTime(String value) {
        this.time = value;
        return this;
    }

    public CallBuilder signedTime(String value) {
        this.signedTime = value;
        return this;
    }

    public CallBuilder signer(PayloadSigner value) {
        this.signer = value;
        return this;
    }

    /** Rewrites the Signature header value after signing (malformed headers, other spacings). */
    public CallBuilder signatureHeader(UnaryOperator<String> rewrite) {
        this.signatureRewrite = rewrite;
        return this;
    }

    /** Leaves a header out: {@code Client-Id}, {@code Request-Time} or {@code Signature}. */
    public CallBuilder without(String header) {
        omitted.put(header, Boolean.TRUE);
        return this;
    }

    public OutgoingCall build() {
        String uri = signedUriPrefix + (signedPath != null ? signedPath : operation.path());
        String signature = signer.sign("POST", uri,
                signedClientId != null ? signedClientId : clientId,
                signedTime != null ? signedTime : time,
                signedBody != null ? signedBody : body);
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, "Client-Id", clientId);
        put(headers, "Request-Time", time);
        put(headers, "Signature", signatureRewrite.apply(signature));
        return new OutgoingCall(operation, body, headers);
    }

    private void put(Map<String, String> headers, String name, String value) {
        if (value != null && !omitted.containsKey(name)) {
            headers.put(name, value);
        }
    }
}

package dev.dstorekit.simulator.recording;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What went over the wire in one call to the POS, caught by {@link PosWireFilter} while the call runs: the request
 * as signed and sent, and the answer as received before anything judged it. The caller propagates it into the HTTP
 * client's context with {@link #propagate()}, since the client runs the exchange on its own threads.
 */
public final class PosWire implements PropagatedContextElement {

    private final Instant at = Clock.systemUTC().instant();
    private volatile String method = "POST";
    private volatile String uri;
    private volatile byte[] request;
    private volatile byte[] answer;
    private volatile String answerClientId;
    private volatile String answerTime;
    private volatile String answerSignature;

    /** Makes this wire the current one on this thread (and in the HTTP calls made from it) until closed. */
    public PropagatedContext.Scope propagate() {
        return PropagatedContext.getOrEmpty().plus(this).propagate();
    }

    static Optional<PosWire> current() {
        return PropagatedContext.find().flatMap(context -> context.find(PosWire.class));
    }

    void sent(String sentMethod, String sentUri, byte[] body) {
        method = sentMethod;
        uri = sentUri;
        request = body;
    }

    void received(byte[] body, @Nullable String clientId, @Nullable String time, @Nullable String signature) {
        answer = body;
        answerClientId = clientId;
        answerTime = time;
        answerSignature = signature;
    }

    Instant at() {
        return at;
    }

    String method() {
        return method;
    }

    @Nullable
    String uri() {
        return uri;
    }

    @Nullable
    byte[] request() {
        return request;
    }

    @Nullable
    byte[] answer() {
        return answer;
    }

    @Nullable
    String answerClientId() {
        return answerClientId;
    }

    @Nullable
    String answerTime() {
        return answerTime;
    }

    @Nullable
    String answerSignature() {
        return answerSignature;
    }
}

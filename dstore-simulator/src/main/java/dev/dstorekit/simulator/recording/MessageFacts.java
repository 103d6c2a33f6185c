package dev.dstorekit.simulator.recording;

import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the handling of one inbound message found besides its bytes: the schema problem, whether it repeated an
 * idempotency key, and the violations recorded meanwhile. {@link InboundRecorder} attaches one to each request; the
 * filters and services that find something add it here, and the recorder writes it into the journal entry.
 */
public final class MessageFacts {

    static final String ATTRIBUTE = "dstore.simulator.message-facts";

    private final Instant at;
    private final long startNanos;
    private final byte[] request;
    private final List<Violation> violations = new CopyOnWriteArrayList<>();
    private volatile String schemaProblem;
    private volatile boolean repeated;

    MessageFacts(Instant at, long startNanos, byte[] request) {
        this.at = at;
        this.startNanos = startNanos;
        this.request = request;
    }

    /** The facts of {@code request}, when the recorder watches it. */
    public static Optional<MessageFacts> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, MessageFacts.class);
    }

    /** The facts of the request being handled on this thread, if any. */
    public static Optional<MessageFacts> current() {
        return ServerRequestContext.currentRequest().flatMap(MessageFacts::of);
    }

    /** The body broke its schema (or is not JSON); {@code problem} names the field. */
    public void schemaProblem(String problem) {
        schemaProblem = problem;
    }

    /** The message repeated an idempotency key already answered (a replay or an inconsistent repeat). */
    public void repeated() {
        repeated = true;
    }

    public void violation(Violation violation) {
        violations.add(violation);
    }

    Instant at() {
        return at;
    }

    long startNanos() {
        return startNanos;
    }

    byte[] request() {
        return request;
    }

    @Nullable
    String schemaProblem() {
        return schemaProblem;
    }

    boolean isRepeated() {
        return repeated;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}

package dev.dstorekit.simulator.gateway;

import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.simulator.idempotency.IdempotentAnswers;
import dev.dstorekit.simulator.recording.MessageFacts;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The common controller stage of every operation D-Store serves: an injected DELAY fault is served here (on a
 * blocking thread), then idempotency on requestId, with inconsistent repeats recorded as violations.
 */
@Singleton
public class IdempotentReplies {

    private final IdempotentAnswers answers;
    private final ViolationLog violations;

    public IdempotentReplies(IdempotentAnswers answers, ViolationLog violations) {
        this.answers = answers;
        this.violations = violations;
    }

    public Reply reply(String operation, String requestId, @Nullable String requestOrderId, InboundBody body, Supplier<Reply> handler) {
        body.delay().ifPresent(IdempotentReplies::sleep);
        IdempotentAnswers.Outcome<Reply> outcome = answers.answer(operation, requestId, body.bytes(), handler, Reply::unknown,
                () -> Reply.repeatInconsistent(requestId));
        if (outcome.replay() || outcome.inconsistent()) {
            MessageFacts.current().ifPresent(MessageFacts::repeated);
        }
        if (outcome.inconsistent()) {
            violations.record(ViolationKind.REPEAT_REQUEST_INCONSISTENT, requestOrderId, operation,
                    "requestId " + requestId + " reused with a different body (answered F/REPEAT_REQ_INCONSISTENT)");
        }
        return outcome.answer();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

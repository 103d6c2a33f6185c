package dev.dstorekit.simulator.pos;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The outcome of one call to the POS: either an answer that passed every check, or the failure.
 *
 * @param answer  the decoded answer; null on failure
 * @param failure why there is no answer; null on success
 * @param elapsed from sending to the answer (or the failure)
 */
public record PosCall<T>(@Nullable T answer, @Nullable PosFailure failure, Duration elapsed) {

    public boolean answered() {
        return answer != null;
    }
}

package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.pos.PosCall;
import dev.dstorekit.simulator.pos.PosResult;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** inquireOrderDetail and pushOrderChange as D-Store sends them: the same request again after a failure or U. */
@Singleton
final class RetriedCalls {

    static final int MAX_CALL_ATTEMPTS = 3;

    private final PosFailures failures;

    RetriedCalls(PosFailures failures) {
        this.failures = failures;
    }

    /**
     * Sends {@code call} up to {@link #MAX_CALL_ATTEMPTS} times; empty if it never answered S or F.
     *
     * @param what    the call in the timeline, e.g. {@code requestOrderId 2026…}
     * @param result  the answer's result
     * @param details what else of the answer the timeline shows, e.g. the order status an inquiry names
     */
    <T> Optional<T> send(OrderRun run, String operation, String what, Supplier<PosCall<T>> call, Function<T, PosResult> result,
                         Function<T, String> details) throws InterruptedException {
        for (int attempt = 1; attempt <= MAX_CALL_ATTEMPTS; attempt++) {
            PosCall<T> outcome = call.get();
            if (!outcome.answered()) {
                run.log("OUT", operation, what + ": " + outcome.failure());
                failures.record(run, outcome.failure(), operation);
                run.pause(attempt);
                continue;
            }
            PosResult answer = result.apply(outcome.answer());
            run.log("OUT", operation, what + " → " + answer.describe() + details.apply(outcome.answer())
                    + " (" + outcome.elapsed().toMillis() + " ms)");
            if (answer.status() == PosResult.Status.U) {
                run.pause(attempt);
                continue;
            }
            return Optional.of(outcome.answer());
        }
        run.log("NOTE", operation, "no final answer after " + MAX_CALL_ATTEMPTS + " attempts");
        return Optional.empty();
    }
}

package dev.dstorekit.simulator.journal;

import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One message between the simulator and the POS, either way, with everything the console shows of it.
 *
 * @param id              assigned by the journal, increasing with time; 0 in a draft given to {@link MessageJournal#append}
 * @param at              when the request was sent or received
 * @param direction       which way it went
 * @param operation       the operationId, e.g. {@code createOrder}
 * @param requestOrderId  the order concerned, if the message names one
 * @param storeKey        {@code posAccountId/posStoreId} (or pds {@code storeId}) when the message names a store
 * @param requestId       the message's idempotency key ({@code requestOrderId} for createOrder, {@code requestId} for
 *                        notifications), if it has one
 * @param requestBody     the request body exactly as it was on the wire (UTF-8)
 * @param answerBody      the answer body as it was on the wire, or null when none came
 * @param resultStatus    the answer's {@code result.resultStatus} (S, F, U), or null
 * @param resultCode      the answer's {@code result.resultCode}, or null
 * @param signature       the signature verdict of the request (FROM_POS) or of the answer (TO_POS)
 * @param schemaProblem   the schema finding naming the field, or null when the body is valid
 * @param replayOf        the id of the earlier entry whose request this one repeats (same operation and idempotency
 *                        key), or null
 * @param violations      the rules this message broke, with their REFERENCE sections
 * @param verdict         the worst of the findings, for filtering
 * @param elapsedMillis   from request to answer (or to giving up)
 */
@Serdeable
public record JournalEntry(long id,
                           Instant at,
                           Direction direction,
                           String operation,
                           @Nullable String requestOrderId,
                           @Nullable String storeKey,
                           @Nullable String requestId,
                           String requestBody,
                           @Nullable String answerBody,
                           @Nullable String resultStatus,
                           @Nullable String resultCode,
                           SignatureCheck signature,
                           @Nullable String schemaProblem,
                           @Nullable Long replayOf,
                           List<Violation> violations,
                           Verdict verdict,
                           long elapsedMillis) {

    public JournalEntry {
        violations = List.copyOf(violations);
    }

    /** This entry with the id the journal gave it. */
    public JournalEntry withId(long newId) {
        return new JournalEntry(newId, at, direction, operation, requestOrderId, storeKey, requestId, requestBody,
                answerBody, resultStatus, resultCode, signature, schemaProblem, replayOf, violations, verdict, elapsedMillis);
    }

    /** Whether this is a request from the POS with this idempotency key that D-Store processed. */
    public boolean processed(String key) {
        return direction == Direction.FROM_POS && key.equals(requestId) && signature.valid() && schemaProblem == null;
    }

    /**
     * A signature verdict.
     *
     * @param valid       whether the signature verified over the bytes on the wire
     * @param detail      which check failed (missing header, wrong key, tampered body, Request-Time outside
     *                    tolerance, …), or null when valid
     * @param explanation for a failed signature, {@code dstore-sign explain}'s output: the exact string to sign with
     *                    invisible characters shown and the likely cause; null when valid. Never holds a key or a
     *                    full signature.
     */
    @Serdeable
    public record SignatureCheck(boolean valid, @Nullable String detail, @Nullable String explanation) {

        public static final SignatureCheck VALID = new SignatureCheck(true, null, null);
    }
}

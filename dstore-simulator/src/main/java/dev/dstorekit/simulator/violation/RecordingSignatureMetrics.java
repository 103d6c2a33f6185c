package dev.dstorekit.simulator.violation;

import dev.dstorekit.signature.micronaut.SignatureMetrics;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the dstore-signature server filter's refusals into violations: a POS request that fails signature verification
 * is answered F/INVALID_SIGNATURE by the filter and recorded here. Refused answers to our own calls are recorded
 * by the caller, which knows the order concerned.
 */
@Singleton
public class RecordingSignatureMetrics implements SignatureMetrics {

    private final ViolationLog violations;
    private final AtomicLong answersRefused = new AtomicLong();

    public RecordingSignatureMetrics(ViolationLog violations) {
        this.violations = violations;
    }

    @Override
    public void inboundRefused(String reason) {
        violations.record(ViolationKind.INVALID_SIGNATURE_FROM_POS, null, "inbound", "request refused with F/INVALID_SIGNATURE: " + reason);
    }

    @Override
    public void answerRefused(String reason) {
        answersRefused.incrementAndGet();
    }

    public long answersRefused() {
        return answersRefused.get();
    }
}

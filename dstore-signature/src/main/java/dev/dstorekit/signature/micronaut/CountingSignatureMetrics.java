package dev.dstorekit.signature.micronaut;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/** The default {@link SignatureMetrics}: two counters, readable in tests and by a metrics binder. */
@Singleton
@Secondary
public class CountingSignatureMetrics implements SignatureMetrics {

    private final AtomicLong inboundRefused = new AtomicLong();
    private final AtomicLong answersRefused = new AtomicLong();

    @Override
    public void inboundRefused(String reason) {
        inboundRefused.incrementAndGet();
    }

    @Override
    public void answerRefused(String reason) {
        answersRefused.incrementAndGet();
    }

    public long inboundRefusedCount() {
        return inboundRefused.get();
    }

    public long answersRefusedCount() {
        return answersRefused.get();
    }
}

package dev.dstorekit.pos.ops;

import dev.dstorekit.signature.micronaut.SignatureMetrics;
import jakarta.inject.Singleton;

/** Feeds the signature filters' refusals into Prometheus instead of the default in-memory counters. */
@Singleton
public class MicrometerSignatureMetrics implements SignatureMetrics {

    private final PosMetrics metrics;

    public MicrometerSignatureMetrics(PosMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void inboundRefused(String reason) {
        metrics.signatureRefused("inbound");
    }

    @Override
    public void answerRefused(String reason) {
        metrics.signatureRefused("answer");
    }
}

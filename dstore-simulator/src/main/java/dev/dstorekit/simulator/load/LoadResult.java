package dev.dstorekit.simulator.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * What a {@code load} run measured. Latencies are from each request's intended send time (open loop), so a POS
 * that stalls is charged for every request that had to wait, not just the one in flight.
 */
@Serdeable
public record LoadResult(@JsonProperty("rate_per_s") double ratePerSecond,
                         @JsonProperty("duration_s") double durationSeconds,
                         @JsonProperty("warmup_s") double warmupSeconds,
                         long sent,
                         long completed,
                         long ok,
                         long errors,
                         @JsonProperty("errors_by_kind") Map<String, Long> errorsByKind,
                         @JsonProperty("throughput_per_s") double throughputPerSecond,
                         @JsonProperty("mean_ms") double meanMillis,
                         @JsonProperty("p50_ms") double p50Millis,
                         @JsonProperty("p90_ms") double p90Millis,
                         @JsonProperty("p99_ms") double p99Millis,
                         @JsonProperty("p999_ms") double p999Millis,
                         @JsonProperty("max_ms") double maxMillis,
                         @JsonProperty("signatures_verified") long signaturesVerified,
                         @JsonProperty("signature_failures") long signatureFailures,
                         @JsonProperty("signer") String signer,
                         @JsonProperty("pos_url") String posUrl,
                         int connections) {

    /** A one-line summary for the console. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "load: %.0f/s for %.0fs → %d sent, %d ok, %d errors; throughput %.1f/s; latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %d answers' signatures verified (%d failed)",
                ratePerSecond, durationSeconds, sent, ok, errors, throughputPerSecond, p50Millis, p99Millis, p999Millis, maxMillis,
                signaturesVerified, signatureFailures);
    }
}

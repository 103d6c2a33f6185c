package dev.dstorekit.simulator.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@code load} run measured. Latencies are from each request's intended send time (open loop), so a POS
 * that stalls is charged for every request that had to wait, not just the one in flight. {@code errors} counts every
 * answer that was not S, U included; {@code unknown} counts the U answers among them, which an overloaded POS
 * should give (D-Store retries them). {@code late} counts measured requests answered after {@code late_after_ms}
 * (D-Store's 8 s by default) or never. The measured window runs from the first measured request's due time to the
 * last measured answer ({@code measured_from_epoch_ms}, {@code measured_until_epoch_ms}: wall clock, so a process's
 * CPU time sampled alongside can be charged to exactly this window).
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
                         int connections,
                         long unknown,
                         long late,
                         @JsonProperty("late_after_ms") long lateAfterMillis,
                         @JsonProperty("http_5xx") long http5xx,
                         List<Step> steps,
                         @JsonProperty("per_second") List<Second> perSecond,
                         @JsonProperty("measured_from_epoch_ms") long measuredFromEpochMillis,
                         @JsonProperty("measured_until_epoch_ms") long measuredUntilEpochMillis) {

    /** One step of the schedule: {@code rate_per_s} for {@code duration_s}. */
    @Serdeable
    public record Step(@JsonProperty("rate_per_s") double ratePerSecond, @JsonProperty("duration_s") double durationSeconds) {
    }

    /** The S and U answers that arrived in second {@code t} (from the first measured request's due time). */
    @Serdeable
    public record Second(@JsonProperty("t") int second, long ok, long unknown) {
    }

    /** A one-line summary for the console. */
    public String summary() {
        return String.format(Locale.ROOT,
                "load: %.0f/s for %.0fs → %d sent, %d ok, %d errors (%d U), %d later than %d ms; throughput %.1f/s; latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %d answers' signatures verified (%d failed)",
                ratePerSecond, durationSeconds, sent, ok, errors, unknown, late, lateAfterMillis, throughputPerSecond,
                p50Millis, p99Millis, p999Millis, maxMillis, signaturesVerified, signatureFailures);
    }
}

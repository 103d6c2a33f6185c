package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.pos.PosGateway;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/** What every order flow of one run shares. */
record RunContext(String runId,
                  Scenario scenario,
                  long seed,
                  SimClock clock,
                  PosGateway pos,
                  MerchantDriver merchant,
                  ViolationLog violations,
                  Progress progress,
                  RunOptions.Detail detail,
                  Duration createOrderBudget,
                  Duration acceptanceWindow,
                  Duration notificationTimeout,
                  AcceptanceKnowledge acceptance,
                  JsonMapper json,
                  ExecutorService executor,
                  Instant startedAt) {

    /** Seconds since the run started, for progress lines. */
    String elapsed() {
        long millis = Duration.between(startedAt, Instant.now()).toMillis();
        return String.format(java.util.Locale.ROOT, "+%.1fs", millis / 1000.0);
    }
}

package dev.dstorekit.simulator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.SignatureVerifier;
import dev.dstorekit.signature.Verification;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Signed createOrder at a fixed, open-loop rate. Every request is built and signed before the measured window (so
 * the generator measures the POS, not its own signing), sent at its scheduled instant whether or not earlier ones
 * were answered, and its latency counted from that instant (correcting coordinated omission) into an HdrHistogram.
 * Every {@code verifyEvery}-th answer's signature is verified; every answer must be HTTP 200 with result S.
 */
public final class LoadGenerator {

    public static final String PATH = "/v2/pos/createOrder";
    /** Requests carry the Request-Time of their signing; the POS accepts ±300 s, so sending must end well before. */
    public static final Duration MAX_SIGNED_AHEAD = Duration.ofSeconds(240);

    /** What to run. */
    public record Settings(URI posUrl, double ratePerSecond, Duration duration, Duration warmup, Duration timeout,
                           int verifyEvery, String clientId, PayloadSigner signer, SignatureVerifier verifier, Clock clock) {
    }

    private record Prepared(byte[] body, String requestTime, String signature) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;

    public LoadGenerator(Settings settings) {
        if (!(settings.ratePerSecond() > 0)) {
            throw new IllegalArgumentException("--rate must be above 0");
        }
        if (settings.warmup().plus(settings.duration()).compareTo(MAX_SIGNED_AHEAD) > 0) {
            throw new IllegalArgumentException("--warmup plus --duration must stay within " + MAX_SIGNED_AHEAD.toSeconds()
                    + " s: requests are signed before the measured window and their Request-Time must stay within the POS's ±300 s");
        }
        this.settings = settings;
    }

    /** How many request bodies a run needs (warm-up included). */
    public long requestsNeeded() {
        return Math.round(settings.ratePerSecond() * (settings.warmup().toMillis() + settings.duration().toMillis()) / 1000.0);
    }

    /**
     * @param bodies one createOrder body per request, each with its own requestOrderId, serialized exactly as sent
     */
    public LoadResult run(List<byte[]> bodies, PrintWriter progress) throws InterruptedException {
        progress.println("load: signing " + bodies.size() + " requests with " + settings.signer().algorithmProvider() + " before the run…");
        Prepared[] prepared = new Prepared[bodies.size()];
        IntStream.range(0, bodies.size()).parallel().forEach(i -> {
            String time = RequestTimes.now(settings.clock());
            prepared[i] = new Prepared(bodies.get(i), time,
                    settings.signer().sign("POST", PATH, settings.clientId(), time, bodies.get(i)));
        });

        ExecutorService callbacks = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), daemon());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI target = settings.posUrl().resolve(PATH);
        long warmupCount = Math.round(settings.ratePerSecond() * settings.warmup().toMillis() / 1000.0);
        long period = Math.round(1_000_000_000.0 / settings.ratePerSecond());
        Recorder recorder = new Recorder(3);
        Histogram total = new Histogram(3);
        AtomicLong completed = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong verified = new AtomicLong();
        AtomicLong signatureFailures = new AtomicLong();
        AtomicLong lastMeasuredCompletion = new AtomicLong();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        CountDownLatch outstanding = new CountDownLatch(prepared.length);

        long start = System.nanoTime() + 200_000_000L;
        long measuredStart = start + warmupCount * period;
        long nextReport = start + 1_000_000_000L;
        progress.println("load: " + prepared.length + " createOrder at " + settings.ratePerSecond() + "/s to " + target
                + " (" + warmupCount + " warm-up, not measured)");
        for (int i = 0; i < prepared.length; i++) {
            long intended = start + i * period;
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            boolean measured = i >= warmupCount;
            int index = i;
            Prepared request = prepared[i];
            HttpRequest httpRequest = HttpRequest.newBuilder(target)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("Client-Id", settings.clientId())
                    .header("Request-Time", request.requestTime())
                    .header("Signature", request.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                    .build();
            http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                try {
                    completed.incrementAndGet();
                    String error = failure != null ? failureKind(failure) : check(response, index, verified, signatureFailures);
                    if (measured) {
                        recorder.recordValue(Math.max(1, (done - intended) / 1000));
                        lastMeasuredCompletion.accumulateAndGet(done, Math::max);
                        if (error == null) {
                            ok.incrementAndGet();
                        }
                    }
                    if (error != null) {
                        errors.computeIfAbsent(error, key -> new AtomicLong()).incrementAndGet();
                    }
                } finally {
                    outstanding.countDown();
                }
            });
            if (System.nanoTime() >= nextReport) {
                nextReport += 1_000_000_000L;
                Histogram interval = recorder.getIntervalHistogram();
                total.add(interval);
                progress.printf(java.util.Locale.ROOT, "load: t=%ds sent %d, answered %d, errors %d, interval p99 %.2f ms%n",
                        (System.nanoTime() - start) / 1_000_000_000L, i + 1, completed.get(),
                        errors.values().stream().mapToLong(AtomicLong::get).sum(), interval.getValueAtPercentile(99) / 1000.0);
            }
        }
        if (!outstanding.await(settings.timeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
            errors.computeIfAbsent("unanswered", key -> new AtomicLong()).addAndGet(outstanding.getCount());
        }
        total.add(recorder.getIntervalHistogram());
        callbacks.shutdownNow();

        long measuredCount = prepared.length - warmupCount;
        double window = Math.max(1, lastMeasuredCompletion.get() - measuredStart) / 1e9;
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.get()));
        long errorCount = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new LoadResult(settings.ratePerSecond(), settings.duration().toMillis() / 1000.0, settings.warmup().toMillis() / 1000.0,
                prepared.length, completed.get(), ok.get(), errorCount, byKind,
                measuredCount == 0 ? 0 : ok.get() / window,
                total.getMean() / 1000.0, total.getValueAtPercentile(50) / 1000.0, total.getValueAtPercentile(90) / 1000.0,
                total.getValueAtPercentile(99) / 1000.0, total.getValueAtPercentile(99.9) / 1000.0, total.getMaxValue() / 1000.0,
                verified.get(), signatureFailures.get(), settings.signer().algorithmProvider(), settings.posUrl().toString());
    }

    /** Null when the answer is HTTP 200 with result S (and, when sampled, a valid signature); else the error kind. */
    private String check(HttpResponse<byte[]> response, int index, AtomicLong verified, AtomicLong signatureFailures) {
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        if (settings.verifyEvery() > 0 && index % settings.verifyEvery() == 0) {
            HttpHeaders headers = response.headers();
            Verification verification = settings.verifier().verify("POST", PATH, headers.firstValue("Client-Id").orElse(null),
                    headers.firstValue("Response-Time").orElse(null), response.body(), headers.firstValue("Signature").orElse(null));
            verified.incrementAndGet();
            if (!verification.valid()) {
                signatureFailures.incrementAndGet();
                return "answer signature " + verification.failure();
            }
        }
        try {
            JsonNode result = JSON.readTree(response.body()).path("result");
            if (!result.isObject()) {
                return "no result";
            }
            String status = result.path("resultStatus").asText();
            return "S".equals(status) ? null : status + "/" + result.path("resultCode").asText();
        } catch (IOException e) {
            return "answer not JSON";
        }
    }

    private static String failureKind(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        return "connection: " + cause.getClass().getSimpleName();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicLong counter = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, "load-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

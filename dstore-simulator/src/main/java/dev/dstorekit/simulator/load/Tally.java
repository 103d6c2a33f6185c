package dev.dstorekit.simulator.load;

import io.netty.handler.codec.http.FullHttpResponse;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one stage saw. Outcomes arrive on the event loop; the dispatcher thread reads the counters and the interval
 * histogram for its progress lines, hence atomics and a {@link Recorder}.
 */
final class Tally implements Connections.Outcomes {

    private final AnswerCheck check;
    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong lastMeasuredCompletion = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final CountDownLatch outstanding;

    Tally(AnswerCheck check, int requests) {
        this.check = check;
        this.outstanding = new CountDownLatch(requests);
    }

    @Override
    public void answered(Pending request, FullHttpResponse response) {
        long done = System.nanoTime(); // before checking: verifying a signature is the generator's time, not the POS's
        complete(request, done, check.check(response, request.index()));
    }

    @Override
    public void failed(Pending request, String kind) {
        complete(request, System.nanoTime(), kind);
    }

    @Override
    public void connectFailed() {
        count("connect", 1);
    }

    private void complete(Pending request, long done, String error) {
        completed.incrementAndGet();
        if (request.measured()) {
            recorder.recordValue(Math.max(1, (done - request.intendedNanos()) / 1000));
            lastMeasuredCompletion.accumulateAndGet(done, Math::max);
            if (error == null) {
                ok.incrementAndGet();
            }
        }
        if (error != null) {
            count(error, 1);
        }
        outstanding.countDown();
    }

    private void count(String kind, long n) {
        errors.computeIfAbsent(kind, key -> new AtomicLong()).addAndGet(n);
    }

    /** Waits until every request has an outcome, at most {@code millis}. */
    boolean awaitAll(long millis) throws InterruptedException {
        return outstanding.await(millis, TimeUnit.MILLISECONDS);
    }

    /** After the connections are closed (no outcome can follow): requests that never got one. */
    void countUnanswered(long sent) {
        if (sent > completed.get()) {
            count("unanswered", sent - completed.get());
        }
    }

    /** Latencies (µs) since the last call, also added to the stage's total; only the dispatcher thread calls it. */
    Histogram interval() {
        Histogram interval = recorder.getIntervalHistogram();
        total.add(interval);
        return interval;
    }

    Histogram total() {
        return total;
    }

    long completed() {
        return completed.get();
    }

    long ok() {
        return ok.get();
    }

    long lastMeasuredCompletion() {
        return lastMeasuredCompletion.get();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> errorsByKind() {
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.get()));
        return byKind;
    }

    AnswerCheck check() {
        return check;
    }
}

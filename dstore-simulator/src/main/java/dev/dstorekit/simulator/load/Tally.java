package dev.dstorekit.simulator.load;

import io.netty.handler.codec.http.FullHttpResponse;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What one stage saw. Outcomes arrive on the event loop; the dispatcher thread reads the counters and the interval
 * histogram for its progress lines, hence atomics and a {@link Recorder}. Besides latencies it keeps what an
 * overload run is judged by: U answers apart from other failures, answers later than D-Store waits (and requests
 * never answered), 5xx, the S and U answers of each second, and the posOrderId of every S answer.
 */
final class Tally implements Connections.Outcomes {

    private final AnswerCheck check;
    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong late = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong lastMeasuredCompletion = new AtomicLong();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final CountDownLatch outstanding;
    private final long lateAfterMicros;
    private volatile long measuredStartNanos;
    private final AtomicLongArray okPerSecond;
    private final AtomicLongArray unknownPerSecond;
    private final AtomicReferenceArray<String> posOrderIds;

    /**
     * @param lateAfterMicros an answer later than this (after its due time) is late
     * @param seconds         how many seconds the per-second counts cover (later answers count in the last)
     */
    Tally(AnswerCheck check, int requests, long lateAfterMicros, int seconds) {
        this.check = check;
        this.outstanding = new CountDownLatch(requests);
        this.lateAfterMicros = lateAfterMicros;
        this.okPerSecond = new AtomicLongArray(Math.max(1, seconds));
        this.unknownPerSecond = new AtomicLongArray(Math.max(1, seconds));
        this.posOrderIds = new AtomicReferenceArray<>(requests);
    }

    /** The due time of the first measured request: second 0 of the per-second counts. Before the first send. */
    void measuredFrom(long nanos) {
        measuredStartNanos = nanos;
    }

    @Override
    public void answered(Pending request, FullHttpResponse response) {
        long done = System.nanoTime(); // before checking: verifying a signature is the generator's time, not the POS's
        AnswerCheck.Verdict verdict = check.check(response, request.index());
        if (verdict.status() >= 500) {
            serverErrors.incrementAndGet();
        }
        if (verdict.error() == null) {
            posOrderIds.set(request.index(), verdict.posOrderId() == null ? "" : verdict.posOrderId());
        }
        if (request.measured()) {
            if (verdict.error() == null) {
                okPerSecond.incrementAndGet(second(done));
            } else if (verdict.unknown()) {
                unknownPerSecond.incrementAndGet(second(done));
            }
        }
        if (verdict.unknown()) {
            unknown.incrementAndGet();
        }
        complete(request, done, verdict.error(), true);
    }

    @Override
    public void failed(Pending request, String kind) {
        complete(request, System.nanoTime(), kind, false);
    }

    @Override
    public void connectFailed() {
        count("connect", 1);
    }

    /** @param answered false when no answer came (a time-out, a lost connection): later than any limit */
    private void complete(Pending request, long done, String error, boolean answered) {
        completed.incrementAndGet();
        if (request.measured()) {
            long micros = Math.max(1, (done - request.intendedNanos()) / 1000);
            recorder.recordValue(micros);
            lastMeasuredCompletion.accumulateAndGet(done, Math::max);
            if (error == null) {
                ok.incrementAndGet();
            }
            if (!answered || micros > lateAfterMicros) {
                late.incrementAndGet();
            }
        }
        if (error != null) {
            count(error, 1);
        }
        outstanding.countDown();
    }

    private int second(long nanos) {
        long second = Math.max(0, (nanos - measuredStartNanos) / 1_000_000_000L);
        return (int) Math.min(second, okPerSecond.length() - 1);
    }

    private void count(String kind, long n) {
        errors.computeIfAbsent(kind, key -> new AtomicLong()).addAndGet(n);
    }

    /** Waits until every request has an outcome, at most {@code millis}. */
    boolean awaitAll(long millis) throws InterruptedException {
        return outstanding.await(millis, TimeUnit.MILLISECONDS);
    }

    /** After the connections are closed (no outcome can follow): requests that never got one. */
    void countUnanswered(long sent, long measuredSent) {
        long missing = sent - completed.get();
        if (missing > 0) {
            count("unanswered", missing);
            late.addAndGet(Math.min(missing, measuredSent));
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

    long unknown() {
        return unknown.get();
    }

    /** Measured requests answered later than the limit, or never. */
    long late() {
        return late.get();
    }

    long serverErrors() {
        return serverErrors.get();
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

    /** S and U answers to measured requests, by the second (since the measured start) they arrived in. */
    List<LoadResult.Second> perSecond() {
        int last = okPerSecond.length() - 1;
        while (last > 0 && okPerSecond.get(last) == 0 && unknownPerSecond.get(last) == 0) {
            last--;
        }
        List<LoadResult.Second> seconds = new ArrayList<>();
        for (int s = 0; s <= last; s++) {
            seconds.add(new LoadResult.Second(s, okPerSecond.get(s), unknownPerSecond.get(s)));
        }
        return seconds;
    }

    /** The posOrderId of each request answered S ("" if the answer had none), null for the others. */
    String[] posOrderIds() {
        String[] ids = new String[posOrderIds.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = posOrderIds.get(i);
        }
        return ids;
    }

    AnswerCheck check() {
        return check;
    }
}

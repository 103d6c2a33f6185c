package dev.dstorekit.simulator.load;

import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.SignatureVerifier;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.HdrHistogram.Histogram;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Signed createOrder open-loop on a {@link Schedule} (a fixed rate, or steps of rates), one stage per {@link #run}. Every request is built, signed and
 * encoded before the measured window (so the generator measures the POS, not its own signing), handed over at its
 * scheduled instant whether or not earlier ones were answered, and its latency counted from that instant (correcting
 * coordinated omission) into an HdrHistogram. Requests go out over a fixed set of keep-alive connections
 * ({@link Connections}); when all are busy a request waits, and the wait is part of its latency. Given several POS
 * URLs (instances sharing one database), requests go to them in turn, each over its own connections. Every
 * {@code verifyEvery}-th answer's signature is verified; every answer must be HTTP 200 with result S.
 *
 * <p>One instance serves every stage of a command, so later stages run on an already compiled generator, and its
 * I/O is one Netty event-loop thread: the JDK's HTTP client cost more CPU per request than the POS under test.
 */
public final class LoadGenerator implements AutoCloseable {

    public static final String PATH = "/v2/pos/createOrder";
    /** Requests carry the Request-Time of their signing; the POS accepts ±300 s, so sending must end well before. */
    public static final Duration MAX_SIGNED_AHEAD = Duration.ofSeconds(240);

    /**
     * What to run, the schedule aside (each stage has its own).
     *
     * @param posUrls     one POS or several taking turns
     * @param connections per POS
     * @param lateAfter   an answer later than this after its due time counts as late (D-Store waits 8 s)
     */
    public record Settings(List<URI> posUrls, Duration duration, Duration warmup, Duration timeout, int connections,
                           int verifyEvery, String clientId, PayloadSigner signer, SignatureVerifier verifier, Clock clock,
                           Duration lateAfter) {
    }

    /**
     * One stage's result and, for each request by its place in the schedule, the posOrderId it was answered S with
     * ("" when the answer carried none) or null.
     */
    public record Stage(LoadResult result, String[] posOrderIds) {
    }

    private final Settings settings;
    private final List<Endpoint> endpoints;
    private final EventLoopGroup io;

    public LoadGenerator(Settings settings) {
        if (settings.connections() < 1) {
            throw new IllegalArgumentException("--connections must be at least 1");
        }
        if (settings.posUrls().isEmpty()) {
            throw new IllegalArgumentException("no POS URL to send to");
        }
        this.settings = settings;
        this.endpoints = settings.posUrls().stream().map(Endpoint::of).toList();
        this.io = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("load", true), NioIoHandler.newFactory());
    }

    /** Requests are signed before the run, so the whole of it must fit in the POS's Request-Time tolerance. */
    public static void requireSignable(Schedule schedule) {
        if (schedule.warmup().plus(schedule.measured()).compareTo(MAX_SIGNED_AHEAD) > 0) {
            throw new IllegalArgumentException("--warmup plus the measured time (--duration, or the --schedule's steps) must stay"
                    + " within " + MAX_SIGNED_AHEAD.toSeconds() + " s: requests are signed before the measured window and"
                    + " their Request-Time must stay within the POS's ±300 s");
        }
    }

    public static void requireRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be above 0, got " + rate);
        }
    }


    /** The fixed-rate stage of {@code rate} for the configured warm-up and duration. */
    public Schedule fixed(double rate) {
        return Schedule.fixed(rate, settings.warmup(), settings.duration());
    }

    /**
     * One stage: signs the bodies, opens the connections, sends on the schedule, waits for the last answers, closes.
     *
     * @param bodies one createOrder body per request of the schedule, each with its own requestOrderId, serialized
     *               exactly as sent
     */
    public Stage run(Schedule schedule, List<byte[]> bodies, PrintWriter progress) throws InterruptedException {
        long[] due = schedule.offsets();
        if (bodies.size() != due.length) {
            throw new IllegalArgumentException(bodies.size() + " bodies for a schedule of " + due.length + " requests");
        }
        requireSignable(schedule);
        byte[][] wire = sign(bodies, progress);
        String targets = settings.posUrls().stream().map(url -> url.resolve(PATH).toString()).collect(Collectors.joining(", "));
        long warmupCount = schedule.warmupRequests();
        long measuredCount = wire.length - warmupCount;
        int seconds = (int) (schedule.measured().toSeconds() + settings.timeout().toSeconds() + 4);
        Tally tally = new Tally(new AnswerCheck(settings.verifier(), settings.verifyEvery()), wire.length,
                settings.lateAfter().toNanos() / 1000, seconds);
        List<Connections> pools = new ArrayList<>(endpoints.size());
        for (Endpoint endpoint : endpoints) {
            pools.add(Connections.open(io.next(), endpoint, settings.connections(), settings.timeout(), tally));
        }

        long start = System.nanoTime() + 200_000_000L;
        long measuredStart = start + schedule.warmup().toNanos();
        tally.measuredFrom(measuredStart);
        long epochOffsetMillis = System.currentTimeMillis() - System.nanoTime() / 1_000_000L;
        try {
            long nextReport = start + 1_000_000_000L;
            progress.println("load: " + wire.length + " createOrder at " + describe(schedule) + " to " + targets + " over "
                    + settings.connections() + " connections each (" + warmupCount + " warm-up, not measured)");
            for (int i = 0; i < wire.length; i++) {
                long intended = start + due[i];
                long now;
                while ((now = System.nanoTime()) < intended) {
                    LockSupport.parkNanos(intended - now);
                }
                pools.get(i % pools.size()).submit(new Pending(i, intended, i >= warmupCount, wire[i]));
                if (System.nanoTime() >= nextReport) {
                    nextReport += 1_000_000_000L;
                    Histogram interval = tally.interval();
                    progress.printf(Locale.ROOT, "load: t=%ds sent %d, answered %d, errors %d (U %d), interval p99 %.2f ms%n",
                            (System.nanoTime() - start) / 1_000_000_000L, i + 1, tally.completed(), tally.errorCount(),
                            tally.unknown(), interval.getValueAtPercentile(99) / 1000.0);
                }
            }
            tally.awaitAll(settings.timeout().toMillis() + 2000);
        } finally {
            for (Connections pool : pools) {
                pool.close();
            }
        }
        tally.countUnanswered(wire.length, measuredCount);
        tally.interval();

        Histogram total = tally.total();
        double window = Math.max(1, tally.lastMeasuredCompletion() - measuredStart) / 1e9;
        LoadResult result = new LoadResult(schedule.meanRate(), schedule.measured().toMillis() / 1000.0,
                schedule.warmup().toMillis() / 1000.0, wire.length, tally.completed(), tally.ok(), tally.errorCount(),
                tally.errorsByKind(), measuredCount == 0 ? 0 : tally.ok() / window,
                total.getMean() / 1000.0, total.getValueAtPercentile(50) / 1000.0, total.getValueAtPercentile(90) / 1000.0,
                total.getValueAtPercentile(99) / 1000.0, total.getValueAtPercentile(99.9) / 1000.0, total.getMaxValue() / 1000.0,
                tally.check().verified(), tally.check().signatureFailures(), settings.signer().algorithmProvider(),
                settings.posUrls().stream().map(URI::toString).collect(Collectors.joining(",")),
                settings.connections() * endpoints.size(), tally.unknown(), tally.late(),
                settings.lateAfter().toMillis(), tally.serverErrors(),
                schedule.steps().stream().map(step -> new LoadResult.Step(step.rate(), step.duration().toMillis() / 1000.0)).toList(),
                tally.perSecond(), epochOffsetMillis + measuredStart / 1_000_000L,
                epochOffsetMillis + Math.max(measuredStart, tally.lastMeasuredCompletion()) / 1_000_000L);
        return new Stage(result, tally.posOrderIds());
    }

    private static String describe(Schedule schedule) {
        return schedule.steps().stream().map(step -> String.format(Locale.ROOT, "%.0f/s for %ds", step.rate(),
                step.duration().toSeconds())).collect(Collectors.joining(", then "));
    }

    /** Each request signed now (its Request-Time is now) and encoded with its headers, ready to be written. */
    private byte[][] sign(List<byte[]> bodies, PrintWriter progress) {
        progress.println("load: signing " + bodies.size() + " requests with " + settings.signer().algorithmProvider() + " before the run…");
        byte[][] wire = new byte[bodies.size()][];
        IntStream.range(0, bodies.size()).parallel().forEach(i -> {
            String time = RequestTimes.now(settings.clock());
            byte[] body = bodies.get(i);
            wire[i] = WireRequest.createOrder(endpoints.get(i % endpoints.size()).hostHeader(), settings.clientId(), time,
                    settings.signer().sign("POST", PATH, settings.clientId(), time, body), body);
        });
        return wire;
    }

    @Override
    public void close() {
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}

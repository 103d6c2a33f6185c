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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Signed createOrder at a fixed, open-loop rate, one stage per {@link #run}. Every request is built, signed and
 * encoded before the measured window (so the generator measures the POS, not its own signing), handed over at its
 * scheduled instant whether or not earlier ones were answered, and its latency counted from that instant (correcting
 * coordinated omission) into an HdrHistogram. Requests go out over a fixed set of keep-alive connections
 * ({@link Connections}); when all are busy a request waits, and the wait is part of its latency. Every
 * {@code verifyEvery}-th answer's signature is verified; every answer must be HTTP 200 with result S.
 *
 * <p>One instance serves every stage of a command, so later stages run on an already compiled generator, and its
 * I/O is one Netty event-loop thread: the JDK's HTTP client cost more CPU per request than the POS under test.
 */
public final class LoadGenerator implements AutoCloseable {

    public static final String PATH = "/v2/pos/createOrder";
    /** Requests carry the Request-Time of their signing; the POS accepts ±300 s, so sending must end well before. */
    public static final Duration MAX_SIGNED_AHEAD = Duration.ofSeconds(240);

    /** What to run, the rate aside (each stage has its own). */
    public record Settings(URI posUrl, Duration duration, Duration warmup, Duration timeout, int connections,
                           int verifyEvery, String clientId, PayloadSigner signer, SignatureVerifier verifier, Clock clock) {
    }

    private final Settings settings;
    private final Endpoint endpoint;
    private final EventLoopGroup io;

    public LoadGenerator(Settings settings) {
        if (settings.connections() < 1) {
            throw new IllegalArgumentException("--connections must be at least 1");
        }
        if (settings.warmup().plus(settings.duration()).compareTo(MAX_SIGNED_AHEAD) > 0) {
            throw new IllegalArgumentException("--warmup plus --duration must stay within " + MAX_SIGNED_AHEAD.toSeconds()
                    + " s: requests are signed before the measured window and their Request-Time must stay within the POS's ±300 s");
        }
        this.settings = settings;
        this.endpoint = Endpoint.of(settings.posUrl());
        this.io = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("load", true), NioIoHandler.newFactory());
    }

    public static void requireRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be above 0, got " + rate);
        }
    }

    /** How many request bodies a stage at this rate needs (warm-up included). */
    public long requestsNeeded(double rate) {
        return Math.round(rate * (settings.warmup().toMillis() + settings.duration().toMillis()) / 1000.0);
    }

    /**
     * One stage: signs the bodies, opens the connections, sends at {@code rate}, waits for the last answers, closes.
     *
     * @param bodies one createOrder body per request, each with its own requestOrderId, serialized exactly as sent
     */
    public LoadResult run(double rate, List<byte[]> bodies, PrintWriter progress) throws InterruptedException {
        requireRate(rate);
        byte[][] wire = sign(bodies, progress);
        URI target = settings.posUrl().resolve(PATH);
        long warmupCount = Math.round(rate * settings.warmup().toMillis() / 1000.0);
        long period = Math.round(1_000_000_000.0 / rate);
        Tally tally = new Tally(new AnswerCheck(settings.verifier(), settings.verifyEvery()), wire.length);
        Connections connections = Connections.open(io.next(), endpoint, settings.connections(), settings.timeout(), tally);

        long start = System.nanoTime() + 200_000_000L;
        long measuredStart = start + warmupCount * period;
        try {
            long nextReport = start + 1_000_000_000L;
            progress.println("load: " + wire.length + " createOrder at " + rate + "/s to " + target + " over "
                    + settings.connections() + " connections (" + warmupCount + " warm-up, not measured)");
            for (int i = 0; i < wire.length; i++) {
                long intended = start + i * period;
                long now;
                while ((now = System.nanoTime()) < intended) {
                    LockSupport.parkNanos(intended - now);
                }
                connections.submit(new Pending(i, intended, i >= warmupCount, wire[i]));
                if (System.nanoTime() >= nextReport) {
                    nextReport += 1_000_000_000L;
                    Histogram interval = tally.interval();
                    progress.printf(Locale.ROOT, "load: t=%ds sent %d, answered %d, errors %d, interval p99 %.2f ms%n",
                            (System.nanoTime() - start) / 1_000_000_000L, i + 1, tally.completed(), tally.errorCount(),
                            interval.getValueAtPercentile(99) / 1000.0);
                }
            }
            tally.awaitAll(settings.timeout().toMillis() + 2000);
        } finally {
            connections.close();
        }
        tally.countUnanswered(wire.length);
        tally.interval();

        Histogram total = tally.total();
        long measuredCount = wire.length - warmupCount;
        double window = Math.max(1, tally.lastMeasuredCompletion() - measuredStart) / 1e9;
        return new LoadResult(rate, settings.duration().toMillis() / 1000.0, settings.warmup().toMillis() / 1000.0,
                wire.length, tally.completed(), tally.ok(), tally.errorCount(), tally.errorsByKind(),
                measuredCount == 0 ? 0 : tally.ok() / window,
                total.getMean() / 1000.0, total.getValueAtPercentile(50) / 1000.0, total.getValueAtPercentile(90) / 1000.0,
                total.getValueAtPercentile(99) / 1000.0, total.getValueAtPercentile(99.9) / 1000.0, total.getMaxValue() / 1000.0,
                tally.check().verified(), tally.check().signatureFailures(), settings.signer().algorithmProvider(),
                settings.posUrl().toString(), settings.connections());
    }

    /** Each request signed now (its Request-Time is now) and encoded with its headers, ready to be written. */
    private byte[][] sign(List<byte[]> bodies, PrintWriter progress) {
        progress.println("load: signing " + bodies.size() + " requests with " + settings.signer().algorithmProvider() + " before the run…");
        byte[][] wire = new byte[bodies.size()][];
        IntStream.range(0, bodies.size()).parallel().forEach(i -> {
            String time = RequestTimes.now(settings.clock());
            byte[] body = bodies.get(i);
            wire[i] = WireRequest.createOrder(endpoint.hostHeader(), settings.clientId(), time,
                    settings.signer().sign("POST", PATH, settings.clientId(), time, body), body);
        });
        return wire;
    }

    @Override
    public void close() {
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}

package dev.dstorekit.simulator.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of HTTP/1.1 keep-alive connections to the POS and the queue in front of them (wrk2's model): a request
 * goes out on an idle connection or waits in the queue until one is free, and that wait is part of its latency. A
 * fixed set keeps an overloaded POS facing the same connections; a client that opens one per outstanding request
 * turns a brief stall of the POS into thousands of connections and a collapse. All of the state is confined to one
 * event-loop thread, so none of it needs a lock.
 */
final class Connections {

    /** What becomes of requests and connection attempts; called on the event loop. */
    interface Outcomes {

        void answered(Pending request, FullHttpResponse response);

        void failed(Pending request, String kind);

        void connectFailed();
    }

    static final int CONNECT_TIMEOUT_MS = 5000;

    private final EventLoop loop;
    private final Outcomes outcomes;
    private final List<Connection> all = new ArrayList<>();
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final CountDownLatch firstAttempts;
    private boolean closed;

    private Connections(EventLoop loop, Outcomes outcomes, int count) {
        this.loop = loop;
        this.outcomes = outcomes;
        this.firstAttempts = new CountDownLatch(count);
    }

    /**
     * Opens {@code count} connections and waits until each has connected or failed once (at most the connect
     * timeout), so the first requests do not pay for the handshakes; one that failed keeps trying in the background.
     */
    static Connections open(EventLoop loop, Endpoint endpoint, int count, Duration timeout, Outcomes outcomes)
            throws InterruptedException {
        Connections connections = new Connections(loop, outcomes, count);
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class).remoteAddress(endpoint.address())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MS);
        loop.execute(() -> {
            for (int i = 0; i < count; i++) {
                Connection connection = new Connection(connections, bootstrap, endpoint, timeout);
                connections.all.add(connection);
                connection.open();
            }
        });
        connections.firstAttempts.await(CONNECT_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
        return connections;
    }

    /** Hands the request to the event loop: out on an idle connection, or into the queue. Any thread. */
    void submit(Pending request) {
        loop.execute(() -> {
            if (closed) {
                return;
            }
            Connection connection = idle.poll();
            if (connection != null) {
                connection.send(request);
            } else {
                waiting.add(request);
            }
        });
    }

    /** Closes every connection and drops the queue; once it returns, no outcome follows. Any thread but the loop. */
    void close() throws InterruptedException {
        loop.submit(() -> {
            closed = true;
            waiting.clear();
            idle.clear();
            all.forEach(Connection::close);
        }).sync();
    }

    // ---- called by a Connection, on the event loop ----------------------------------------------------------------

    /** A connection is free: it takes the longest-waiting request, or joins the idle ones (first free, first used). */
    void ready(Connection connection) {
        Pending next = waiting.poll();
        if (next != null) {
            connection.send(next);
        } else {
            idle.add(connection);
        }
    }

    void lost(Connection connection) {
        idle.remove(connection);
    }

    void attempted() {
        firstAttempts.countDown();
    }

    boolean closed() {
        return closed;
    }

    EventLoop loop() {
        return loop;
    }

    Outcomes outcomes() {
        return outcomes;
    }
}

package dev.dstorekit.simulator.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One keep-alive connection of {@link Connections}, with at most one request in flight (HTTP/1.1 without
 * pipelining). When a connection is lost it is opened again, right away after a timeout or a
 * {@code Connection: close} (the POS is there), after {@link #REOPEN_DELAY_MS} when connecting or the connection
 * failed (so a POS that refuses or drops connections is not hammered in a loop). Runs on the event loop only; the
 * channel's events are acted on only while it is still this connection's current channel.
 */
final class Connection {

    static final long REOPEN_DELAY_MS = 100;
    /** Far above any createOrder answer; a bigger one is an error, not something to buffer. */
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Connections pool;
    private final Bootstrap bootstrap;
    private final long timeoutNanos;
    private Channel channel;
    private Pending inFlight;
    private ScheduledFuture<?> deadline;
    private boolean attempted;

    Connection(Connections pool, Bootstrap bootstrap, Endpoint endpoint, Duration timeout) {
        this.pool = pool;
        this.timeoutNanos = timeout.toNanos();
        this.bootstrap = bootstrap.clone().handler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                endpoint.secure(channel);
                channel.pipeline().addLast(new HttpResponseDecoder(), new HttpObjectAggregator(MAX_ANSWER_BYTES), new Answers());
            }
        });
    }

    void open() {
        if (pool.closed()) {
            return;
        }
        ChannelFuture connecting = bootstrap.connect();
        Channel opening = connecting.channel();
        channel = opening;
        connecting.addListener(done -> {
            if (!attempted) {
                attempted = true;
                pool.attempted();
            }
            if (opening != channel) {
                return;
            }
            if (done.isSuccess()) {
                pool.ready(this);
            } else {
                channel = null;
                pool.outcomes().connectFailed();
                reopenLater();
            }
        });
    }

    void send(Pending request) {
        inFlight = request;
        deadline = pool.loop().schedule(() -> timedOut(request), timeoutNanos, TimeUnit.NANOSECONDS);
        channel.writeAndFlush(Unpooled.wrappedBuffer(request.wire())).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    void close() {
        inFlight = null;
        if (deadline != null) {
            deadline.cancel(false);
        }
        drop();
    }

    private void answered(Channel from, FullHttpResponse response) {
        if (from != channel) {
            return;
        }
        Pending request = inFlight;
        if (request == null) {
            from.close(); // an answer to nothing: this connection is out of step, the close reopens it
            return;
        }
        inFlight = null;
        deadline.cancel(false);
        pool.outcomes().answered(request, response);
        if (HttpUtil.isKeepAlive(response)) {
            pool.ready(this);
        } else {
            drop();
            open();
        }
    }

    /** The timeout counts from the send; HTTP/1.1 cannot carry on after an answer that never came, so: a new connection. */
    private void timedOut(Pending request) {
        if (inFlight != request) {
            return;
        }
        inFlight = null;
        pool.outcomes().failed(request, "timeout");
        drop();
        open();
    }

    private void lost(Channel from, Throwable cause) {
        if (from != channel) {
            return;
        }
        channel = null;
        pool.lost(this);
        Pending request = inFlight;
        if (request != null) {
            inFlight = null;
            deadline.cancel(false);
            pool.outcomes().failed(request, cause == null ? "connection closed" : "connection: " + cause.getClass().getSimpleName());
        }
        reopenLater();
    }

    /** Closes the current channel without acting on its close. */
    private void drop() {
        Channel current = channel;
        channel = null;
        if (current != null) {
            current.close();
        }
    }

    private void reopenLater() {
        pool.loop().schedule(this::open, REOPEN_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** The end of a channel's pipeline: answers in, loss of the connection out. */
    private final class Answers extends SimpleChannelInboundHandler<FullHttpResponse> {

        private Throwable failure;

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            answered(context.channel(), response);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            failure = cause;
            context.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            lost(context.channel(), failure);
        }
    }
}

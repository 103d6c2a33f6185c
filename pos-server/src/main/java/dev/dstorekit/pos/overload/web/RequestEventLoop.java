package dev.dstorekit.pos.overload.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.util.concurrent.EventExecutor;

import java.util.concurrent.Executor;

/**
 * The event loop of a request's connection. A filter that resumes the chain after waiting (for a permit, a timer)
 * resumes it there: Micronaut reads a request body that has not fully arrived from that loop only, and resuming on
 * another thread broke its body buffer (an AssertionError in BaseSharedBuffer under concurrent merchant calls).
 */
final class RequestEventLoop implements Executor {

    private final EventExecutor loop;

    private RequestEventLoop(EventExecutor loop) {
        this.loop = loop;
    }

    /** The request's loop; a request not served by Netty runs its continuations where they complete. */
    static Executor of(HttpRequest<?> request) {
        HttpRequest<?> original = request;
        while (original instanceof HttpRequestWrapper<?> wrapper) {
            original = wrapper.getDelegate();
        }
        return original instanceof NettyHttpRequest<?> netty
                ? new RequestEventLoop(netty.getChannelHandlerContext().executor()) : Runnable::run;
    }

    @Override
    public void execute(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }
}

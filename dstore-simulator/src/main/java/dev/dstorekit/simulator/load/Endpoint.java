package dev.dstorekit.simulator.load;

import io.micronaut.core.annotation.Nullable;
import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.SSLException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Where the POS listens, as the load's connections need it: the address (resolved once, not per connection), the
 * Host header, and TLS when the URL is https.
 */
record Endpoint(InetSocketAddress address, String hostHeader, @Nullable SslContext tls) {

    static Endpoint of(URI url) {
        boolean https = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String host = url.getHost();
        String unbracketed = host.startsWith("[") ? host.substring(1, host.length() - 1) : host; // an IPv6 literal
        String hostHeader = url.getPort() == -1 ? host : host + ":" + port;
        return new Endpoint(new InetSocketAddress(unbracketed, port), hostHeader, https ? clientTls() : null);
    }

    /** The start of a new connection's pipeline: TLS for https, nothing for http. */
    void secure(Channel channel) {
        if (tls != null) {
            channel.pipeline().addLast(tls.newHandler(channel.alloc(), address.getHostString(), address.getPort()));
        }
    }

    private static SslContext clientTls() {
        try {
            return SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw new UncheckedIOException(e);
        }
    }
}

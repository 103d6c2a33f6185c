package dev.dstorekit.conformance.preflight;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.SSLContext;

/** A stand-in for D-Store's gateway on 127.0.0.1: answers every request 200 with a {@code Date} header. */
final class LoopbackGateway implements AutoCloseable {

    private final HttpServer server;
    private final String scheme;

    private LoopbackGateway(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Date",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    static LoopbackGateway https(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new LoopbackGateway(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoopbackGateway http() {
        try {
            return new LoopbackGateway(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                    "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.dstorekit.conformance.preflight;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The go-live checks that talk to D-Store's gateway: a TLS handshake with a certificate the JVM trusts for that host
 * name, and the local clock against the gateway's {@code Date} header (D-Store judges Request-Time by its own clock).
 * A gateway that cannot be reached from here is a skipped check with a note, not a failure: the check is meant to run
 * where the POS runs.
 */
public final class GatewayChecks {

    private final SSLContext tls;
    private final Clock clock;
    private final Duration timeout;
    private final Duration clockTolerance;

    /**
     * @param tls            trust for the handshake (the JVM's default in the command; a test's own trust store)
     * @param clock          the local clock to compare
     * @param timeout        connect and read time-out of each attempt
     * @param clockTolerance how far the local clock may be from the gateway's
     */
    public GatewayChecks(SSLContext tls, Clock clock, Duration timeout, Duration clockTolerance) {
        this.tls = tls;
        this.clock = clock;
        this.timeout = timeout;
        this.clockTolerance = clockTolerance;
    }

    public List<Finding> check(URI gateway) {
        return List.of(handshake(gateway), clock(gateway));
    }

    Finding handshake(URI gateway) {
        String check = "tls-handshake";
        if (!"https".equalsIgnoreCase(gateway.getScheme())) {
            return Finding.skipped(check, gateway + " is not https:// (see dstore-endpoint-https)");
        }
        String host = gateway.getHost();
        int port = gateway.getPort() < 0 ? 443 : gateway.getPort();
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            raw.setSoTimeout((int) timeout.toMillis());
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(raw, host, port, false)) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                Certificate[] chain = socket.getSession().getPeerCertificates();
                X509Certificate leaf = (X509Certificate) chain[0];
                return Finding.pass(check, host + ":" + port + " presented a trusted certificate for " + host
                        + " (" + socket.getSession().getProtocol() + ", valid until " + leaf.getNotAfter().toInstant()
                        + ", issued by " + leaf.getIssuerX500Principal().getName() + ")");
            }
        } catch (SSLException e) {
            return Finding.fail(check, host + ":" + port + " answered, but the TLS handshake failed: " + e.getMessage()
                    + " (an untrusted, expired or wrong-host certificate makes every call of the POS fail)");
        } catch (IOException e) {
            return Finding.skipped(check, host + ":" + port + " is not reachable from here (" + e.getClass().getSimpleName()
                    + "); run preflight where the POS server runs");
        }
    }

    Finding clock(URI gateway) {
        String check = "clock";
        HttpResponse<Void> response;
        Instant before = clock.instant();
        try {
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(timeout).build();
            response = client.send(HttpRequest.newBuilder(gateway).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return Finding.skipped(check, gateway + " gave no answer to compare clocks with (" + e.getClass().getSimpleName()
                    + "); run preflight where the POS server runs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Finding.skipped(check, "interrupted");
        }
        Instant local = before.plus(Duration.between(before, clock.instant()).dividedBy(2));
        Optional<String> date = response.headers().firstValue("Date");
        if (date.isEmpty()) {
            return Finding.skipped(check, gateway + " answered without a Date header");
        }
        Instant remote;
        try {
            remote = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Finding.skipped(check, gateway + " answered with an unreadable Date header");
        }
        Duration skew = Duration.between(remote, local);
        // the Date header has whole seconds: one more second of slack
        if (skew.abs().compareTo(clockTolerance.plusSeconds(1)) <= 0) {
            return Finding.pass(check, "the local clock is " + skew.abs().toSeconds() + " s from the gateway's (tolerance "
                    + clockTolerance.toSeconds() + " s)");
        }
        return Finding.fail(check, "the local clock is " + skew.toSeconds() + " s " + (skew.isNegative() ? "behind" : "ahead of")
                + " the gateway's Date header (tolerance " + clockTolerance.toSeconds() + " s): signed calls carry the"
                + " local time as Request-Time and D-Store refuses times too far from its own; synchronise the clock (NTP)");
    }
}

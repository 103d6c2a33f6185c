package dev.dstorekit.conformance.preflight;

import dev.dstorekit.testsupport.SelfSignedCertificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.conformance.preflight.Finding.Verdict;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network checks, each against a server the test starts on 127.0.0.1. */
class GatewayChecksTest {

    private static SelfSignedCertificate tls;

    @BeforeAll
    static void certificate() {
        tls = SelfSignedCertificate.forLoopback();
    }

    private static GatewayChecks checks(SelfSignedCertificate trust, Clock clock) {
        return new GatewayChecks(trust.trustingClient(), clock, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("https://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }

    @Test
    void aTrustedCertificateForTheHostPassesTheHandshake() {
        try (LoopbackGateway gateway = LoopbackGateway.https(tls.server())) {
            Finding finding = checks(tls, Clock.systemUTC()).handshake(gateway.uri());

            assertEquals(Verdict.PASS, finding.verdict(), finding.explanation());
            assertTrue(finding.explanation().contains("CN=localhost"), finding.explanation());
        }
    }

    @Test
    void anUntrustedCertificateFailsTheHandshake() {
        SelfSignedCertificate stranger = SelfSignedCertificate.forLoopback();
        try (LoopbackGateway gateway = LoopbackGateway.https(stranger.server())) {
            Finding finding = checks(tls, Clock.systemUTC()).handshake(gateway.uri());

            assertEquals(Verdict.FAIL, finding.verdict(), finding.explanation());
            assertTrue(finding.explanation().contains("handshake failed"), finding.explanation());
        }
    }

    @Test
    void anUnreachableGatewayIsSkippedWithANote() throws IOException {
        URI nobody = closedPort();

        Finding handshake = checks(tls, Clock.systemUTC()).handshake(nobody);
        Finding clock = checks(tls, Clock.systemUTC()).clock(nobody);

        assertEquals(Verdict.SKIPPED, handshake.verdict());
        assertTrue(handshake.explanation().contains("not reachable from here"), handshake.explanation());
        assertEquals(Verdict.SKIPPED, clock.verdict());
    }

    @Test
    void aPlainHttpGatewayHasNoHandshakeToCheck() {
        try (LoopbackGateway gateway = LoopbackGateway.http()) {
            assertEquals(Verdict.SKIPPED, checks(tls, Clock.systemUTC()).handshake(gateway.uri()).verdict());
        }
    }

    @Test
    void aClockInStepWithTheGatewaysDatePasses() {
        try (LoopbackGateway gateway = LoopbackGateway.https(tls.server())) {
            Finding finding = checks(tls, Clock.systemUTC()).clock(gateway.uri());

            assertEquals(Verdict.PASS, finding.verdict(), finding.explanation());
        }
    }

    @Test
    void aClockTenMinutesAheadOfTheGatewayFails() {
        try (LoopbackGateway gateway = LoopbackGateway.https(tls.server())) {
            Finding finding = checks(tls, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).clock(gateway.uri());

            assertEquals(Verdict.FAIL, finding.verdict(), finding.explanation());
            assertTrue(finding.explanation().contains("ahead of"), finding.explanation());
        }
    }
}

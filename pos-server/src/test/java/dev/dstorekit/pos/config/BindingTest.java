package dev.dstorekit.pos.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** pos-server listens on loopback unless an address is configured, in every environment. */
class BindingTest {

    @Test
    void withoutAConfiguredAddressOnlyThisMachineCanConnect() throws Exception {
        InetAddress external = externalAddress();

        try (ApplicationContext context = start(Map.of())) {
            int port = context.getBean(EmbeddedServer.class).getPort();
            assertTrue(reachable(InetAddress.getLoopbackAddress(), port));
            assertFalse(reachable(external, port), "reachable through " + external.getHostAddress());
        }
    }

    @Test
    void aConfiguredAddressServesOtherHosts() throws Exception {
        InetAddress external = externalAddress();

        try (ApplicationContext context = start(Map.of("micronaut.server.host", "0.0.0.0"))) {
            int port = context.getBean(EmbeddedServer.class).getPort();
            assertTrue(reachable(external, port), "not reachable through " + external.getHostAddress());
        }
    }

    private static ApplicationContext start(Map<String, Object> extra) {
        Map<String, Object> properties = ConfigurationTest.properties();
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An IPv4 address of this machine that is not loopback: where another host would connect. */
    static InetAddress externalAddress() throws SocketException {
        Optional<InetAddress> found = NetworkInterface.networkInterfaces()
                .filter(BindingTest::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(found.isPresent(), "this machine has no non-loopback IPv4 address");
        return found.get();
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}

package dev.dstorekit.pos.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Map;

import static dev.dstorekit.testsupport.Addresses.externalAddress;
import static dev.dstorekit.testsupport.Addresses.reachable;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

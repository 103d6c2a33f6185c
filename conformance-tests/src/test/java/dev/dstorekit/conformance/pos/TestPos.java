package dev.dstorekit.conformance.pos;

import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Starts an in-test POS server (Micronaut, the api-specs answer and dstore-signature filters) with the given flaws on a free port. */
public final class TestPos implements AutoCloseable {

    public static final String CLIENT_ID = "TEST_CONFORMANCE_CLIENT_01";
    public static final String ACCOUNT = "MER-CONFORMANCE-0001";
    public static final String STORE = "STORE-CONFORMANCE-01";
    public static final String PRODUCTS = "CR-ROAST,DR-LEMONTEA";

    private final EmbeddedServer server;

    private TestPos(EmbeddedServer server) {
        this.server = server;
    }

    /**
     * @param dstoreUrl where the POS sends syncProduct/notifyOrderChange, or {@code null} for nowhere
     * @param slowness  how long createOrder sleeps under {@link Flaw#SLOW_CREATE_ORDER}
     */
    public static TestPos start(Set<Flaw> flaws, URI dstoreUrl, Duration slowness) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.serde.serialization.inclusion", "non_null");
        properties.put("test.pos.client-id", CLIENT_ID);
        properties.put("test.pos.account", ACCOUNT);
        properties.put("test.pos.store", STORE);
        properties.put("test.pos.products", PRODUCTS);
        properties.put("test.pos.flaws", flaws.stream().map(Enum::name).collect(Collectors.joining(",")));
        properties.put("test.pos.dstore-url", dstoreUrl == null ? "" : dstoreUrl.toString());
        properties.put("test.pos.slow-millis", slowness.toMillis());
        properties.put("test.pos.private-key", TestKeys.base64(TestKeys.POS.getPrivate()));
        properties.put("test.pos.dstore-public-key", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        return new TestPos(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    /** Like {@link #start(Set, URI, Duration)}, and the POS syncs its catalog to {@code dstoreUrl} as soon as it is up. */
    public static TestPos startAndSyncCatalog(URI dstoreUrl) {
        TestPos pos = start(Set.of(), dstoreUrl, Duration.ZERO);
        pos.server.getApplicationContext().getBean(TestPosOutbound.class).announceCatalog();
        return pos;
    }

    public static TestPos start(Flaw... flaws) {
        return start(Set.copyOf(Arrays.asList(flaws)), null, Duration.ZERO);
    }

    public URI url() {
        return server.getURI();
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}

package dev.dstorekit.fakedstore;

import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running fake D-Store on a random port: {@code /v2/pos/*} (syncProduct, notifyOrderChange, syncStore) and
 * {@code /v2/pds/store/addStore}, behind dstore-signature's own signature filters with D-Store's test key pair — it refuses
 * a request the POS did not sign with its key, and signs its answers as D-Store. None of the POS server's beans
 * exist in its context ({@code pos.enabled=false}).
 */
public final class FakeDStore implements AutoCloseable {

    private final EmbeddedServer server;

    private FakeDStore(EmbeddedServer server) {
        this.server = server;
    }

    public static FakeDStore start() {
        return start(-1);
    }

    /** @param port a fixed port (to come back on the same address after a simulated outage), or -1 for any */
    public static FakeDStore start(int port) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("micronaut.application.name", "fake-dstore");
        properties.put("micronaut.serde.serialization.inclusion", "non_null");
        properties.put("pos.enabled", "false");
        properties.put("fake-dstore.enabled", "true");
        ApplicationContext context = ApplicationContext.builder().enableDefaultPropertySources(false)
                .environments("fake-dstore").properties(properties).start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            return new FakeDStore(server);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * What a POS server needs to call this fake, with an outbox fast enough for tests: polls every 50 ms, retries
     * after 100 ms doubling to 400 ms, gives up after 6 attempts, and a call times out after 1 s.
     */
    public Map<String, Object> posProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dstore.gateway-url", url());
        p.put("dstore.pds-gateway-url", url());
        p.put("dstore.request-timeout", "1s");
        p.put("pos.outbox.poll-interval", "50ms");
        p.put("pos.outbox.initial-backoff", "100ms");
        p.put("pos.outbox.max-backoff", "400ms");
        p.put("pos.outbox.max-attempts", 6);
        p.put("pos.outbox.lease", "5s");
        return p;
    }

    public String url() {
        return server.getURL().toString();
    }

    public Script script() {
        return server.getApplicationContext().getBean(Script.class);
    }

    public Journal journal() {
        return server.getApplicationContext().getBean(Journal.class);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }

    /** D-Store's side of the keys: it verifies the POS with the POS public key and signs with its own. */
    @Factory
    static class Keys {

        @Singleton
        SignatureSettings signatureSettings() {
            return new SignatureSettings(PosServer.CLIENT_ID, new RsaPayloadSigner(TestKeys.DSTORE.getPrivate()),
                    new RsaSignatureVerifier(TestKeys.POS.getPublic()), Duration.ofSeconds(300), false,
                    Clock.systemUTC());
        }
    }
}

package dev.dstorekit.conformance.pos;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The in-test POS's settings: its merchant store, products, flaws and where D-Store is. */
@Singleton
@Requires(property = TestPosConfig.PREFIX + ".client-id")
public final class TestPosConfig {

    static final String PREFIX = "test.pos";

    private final String clientId;
    private final String account;
    private final String store;
    private final List<String> products;
    private final Set<Flaw> flaws;
    private final URI dstoreUrl;
    private final Duration slowness;

    public TestPosConfig(@Value("${test.pos.client-id}") String clientId,
                         @Value("${test.pos.account}") String account,
                         @Value("${test.pos.store}") String store,
                         @Value("${test.pos.products}") String products,
                         @Value("${test.pos.flaws:}") String flaws,
                         @Value("${test.pos.dstore-url:}") String dstoreUrl,
                         @Value("${test.pos.slow-millis:0}") long slowMillis) {
        this.clientId = clientId;
        this.account = account;
        this.store = store;
        this.products = List.of(products.split(","));
        this.flaws = EnumSet.noneOf(Flaw.class);
        Arrays.stream(flaws.split(",")).filter(f -> !f.isBlank()).map(Flaw::valueOf).forEach(this.flaws::add);
        this.dstoreUrl = dstoreUrl.isBlank() ? null : URI.create(dstoreUrl);
        this.slowness = Duration.ofMillis(slowMillis);
    }

    public boolean has(Flaw flaw) {
        return flaws.contains(flaw);
    }

    public String clientId() {
        return clientId;
    }

    public String account() {
        return account;
    }

    public String store() {
        return store;
    }

    public List<String> products() {
        return products;
    }

    public URI dstoreUrl() {
        return dstoreUrl;
    }

    public Duration slowness() {
        return slowness;
    }
}

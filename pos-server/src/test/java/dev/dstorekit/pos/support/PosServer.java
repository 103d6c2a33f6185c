package dev.dstorekit.pos.support;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One running POS server on a random port, configured as an operator would: D-Store's public key, the POS private
 * key, merchants and stores, a database. Several may share one database (two instances behind a load balancer).
 */
public final class PosServer implements AutoCloseable {

    public static final String CLIENT_ID = "TEST_CLIENT_0004";
    public static final String ACCOUNT = "MER-AHSENG-0001";
    public static final String AUTO_STORE = "STORE-MAXWELL-0123";
    public static final String MANUAL_STORE = "STORE-MAXWELL-0124";
    public static final String OTHER_ACCOUNT = "MER-KATONGLAKSA-0002";
    public static final String OTHER_STORE = "STORE-EASTCOAST-0007";

    private final EmbeddedServer server;
    private final Db db;

    private PosServer(EmbeddedServer server, Db db) {
        this.server = server;
        this.db = db;
    }

    /** A server on the given PostgreSQL database. */
    public static PosServer onPostgres(Postgres.Database database) {
        return onPostgres(database, Map.of());
    }

    public static PosServer onPostgres(Postgres.Database database, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(baseProperties());
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", Postgres.USER);
        properties.put("datasources.default.password", Postgres.PASSWORD);
        properties.putAll(extra);
        return start(properties, new Db(database.url(), Postgres.USER, Postgres.PASSWORD));
    }

    /** A server on the embedded default (H2 file database) in {@code dataDir}: only pos.data-dir is set. */
    public static PosServer onEmbeddedDatabase(java.nio.file.Path dataDir) {
        return onEmbeddedDatabase(dataDir, Map.of());
    }

    public static PosServer onEmbeddedDatabase(java.nio.file.Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(baseProperties());
        properties.put("pos.data-dir", dataDir.toString());
        properties.putAll(extra);
        String url = "jdbc:h2:file:" + dataDir + "/pos-server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return start(properties, new Db(url, "sa", ""));
    }

    /** Configuration of a typical deployment: one account with an auto-accepting and a manual store, and another. */
    public static Map<String, Object> baseProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("dstore.client-id", CLIENT_ID);
        p.put("dstore.public-key", RsaKeys.pem(TestKeys.DSTORE.getPublic()));
        p.put("pos.private-key", RsaKeys.pem(TestKeys.POS.getPrivate()));
        p.put("pos.merchants[0].pos-account-id", ACCOUNT);
        p.put("pos.merchants[0].api-token", Merchant.TOKEN);
        p.put("pos.merchants[0].stores[0].pos-store-id", AUTO_STORE);
        p.put("pos.merchants[0].stores[0].auto-accept", true);
        p.put("pos.merchants[0].stores[1].pos-store-id", MANUAL_STORE);
        p.put("pos.merchants[0].stores[1].auto-accept", false);
        p.put("pos.merchants[1].pos-account-id", OTHER_ACCOUNT);
        p.put("pos.merchants[1].api-token", Merchant.OTHER_TOKEN);
        p.put("pos.merchants[1].stores[0].pos-store-id", OTHER_STORE);
        p.put("datasources.default.connection-timeout", 1000);
        return p;
    }

    private static PosServer start(Map<String, Object> properties, Db db) {
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            return new PosServer(server, db);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    public DStore dstore() {
        return new DStore(uri(""));
    }

    /** The merchant API as the first account's terminal sees it. */
    public Merchant merchant() {
        return new Merchant(this, Merchant.TOKEN);
    }

    /** The merchant API with any token (null: none). */
    public Merchant merchant(String token) {
        return new Merchant(this, token);
    }

    public Db db() {
        return db;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}

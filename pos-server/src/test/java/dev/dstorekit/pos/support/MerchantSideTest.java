package dev.dstorekit.pos.support;

import dev.dstorekit.fakedstore.FakeDStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The merchant side's test bed, shared by its test classes: a fake D-Store, a fresh PostgreSQL database and one
 * pos-server pointed at both, with a merchant signed in — started once per class, torn down after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MerchantSideTest {

    protected FakeDStore dstore;
    protected Postgres.Database database;
    protected PosServer server;
    protected Merchant merchant;

    /** Prefix of the class's own database, so concurrent runs don't collide. */
    protected abstract String databaseName();

    @BeforeAll
    void startMerchantSide() {
        dstore = FakeDStore.start();
        database = Postgres.createDatabase(databaseName());
        server = PosServer.onPostgres(database, dstore.posProperties());
        merchant = server.merchant();
    }

    @AfterAll
    void stopMerchantSide() {
        if (server != null) {
            server.close();
        }
        Postgres.drop(database);
        dstore.close();
    }
}

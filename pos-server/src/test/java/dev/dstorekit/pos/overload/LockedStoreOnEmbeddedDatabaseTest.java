package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@link LockedStoreCases} on the embedded default, with nothing but pos.data-dir configured. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedStoreOnEmbeddedDatabaseTest extends LockedStoreCases {

    @TempDir
    static Path dataDir;

    @BeforeAll
    void start() {
        server = PosServer.onEmbeddedDatabase(dataDir);
        dstore = server.dstore();
    }
}

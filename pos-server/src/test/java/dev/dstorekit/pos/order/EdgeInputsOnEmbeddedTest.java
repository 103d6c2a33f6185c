package dev.dstorekit.pos.order;

import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** {@link EdgeInputsContract} on the embedded default. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeInputsOnEmbeddedTest extends EdgeInputsContract {

    @TempDir
    static Path dataDir;
    PosServer server;

    @BeforeAll
    void start() {
        server = PosServer.onEmbeddedDatabase(dataDir, Map.of("pos.outbox.enabled", "false"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Override
    PosServer server() {
        return server;
    }
}

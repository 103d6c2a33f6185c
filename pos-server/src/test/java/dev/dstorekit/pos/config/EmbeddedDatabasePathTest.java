package dev.dstorekit.pos.config;

import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pos.data-dir relative to the working directory works, although H2 refuses such a path by itself. */
class EmbeddedDatabasePathTest {

    @Test
    void aRelativeDataDirHoldsTheEmbeddedDatabase() {
        Path relative = Path.of("target", "relative-data-" + UUID.randomUUID());
        try (PosServer server = PosServer.onEmbeddedDatabase(relative)) {
            server.dstore().createOrder(OrderJson.pickup(OrderJson.newRequestOrderId()).json()).assertResult("S", "SUCCESS");
        }
        assertTrue(Files.exists(relative.toAbsolutePath().resolve("pos-server.mv.db")), "the database is in " + relative);
    }

    @Test
    void onlyRelativeH2FilePathsAreRewritten() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertEquals("jdbc:h2:file:" + cwd + "/data/pos-server;MODE=PostgreSQL",
                EmbeddedDatabasePath.absolute("jdbc:h2:file:data/pos-server;MODE=PostgreSQL"));
        assertEquals("jdbc:h2:file:" + cwd + "/data/pos-server",
                EmbeddedDatabasePath.absolute("jdbc:h2:file:./data/pos-server"));
        assertEquals("jdbc:h2:file:/srv/pos/pos-server;MODE=PostgreSQL",
                EmbeddedDatabasePath.absolute("jdbc:h2:file:/srv/pos/pos-server;MODE=PostgreSQL"));
        assertEquals("jdbc:h2:file:~/pos-server", EmbeddedDatabasePath.absolute("jdbc:h2:file:~/pos-server"));
        assertEquals("jdbc:postgresql://db:5432/pos", EmbeddedDatabasePath.absolute("jdbc:postgresql://db:5432/pos"));
        assertEquals("jdbc:h2:mem:test", EmbeddedDatabasePath.absolute("jdbc:h2:mem:test"));
    }
}

package dev.dstorekit.pos.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.dstorekit.pos.merchant.MerchantTokens;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dev environment: test-only keys and a random merchant API token per data directory, owner-only, and the token
 * never in the log.
 */
class DevEnvironmentTest {

    static final String DEV_ACCOUNT = "DEV-ACCOUNT-1";

    @TempDir
    Path dir;

    @Test
    void theDevMerchantTokenIsRandomPerDataDirectoryAndReusedOnRestart() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");

        String first = startDev(one);
        String again = startDev(one);
        String other = startDev(two);

        assertTrue(first.length() >= 32, first);
        assertEquals(first, again, "the same data directory keeps its token");
        assertNotEquals(first, other, "another data directory gets its own");
        assertNotEquals("dev-test-only-token", first);
    }

    @Test
    void keysAndTokenAreOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");

        startDev(dir);

        Path keys = dir.resolve("dev-keys");
        assertEquals("rwx------", permissions(keys));
        try (Stream<Path> files = Files.list(keys)) {
            List<Path> written = files.toList();
            assertEquals(5, written.size(), written.toString());
            for (Path file : written) {
                assertEquals("rw-------", permissions(file), file.toString());
            }
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionGetsATokenAndIsMadeOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        startDev(dir);
        Path keys = dir.resolve("dev-keys");
        Files.delete(keys.resolve(DevKeyFiles.MERCHANT_TOKEN_FILE));
        Files.setPosixFilePermissions(keys.resolve("TEST-ONLY-pos-private.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));

        String token = startDev(dir);

        assertTrue(token.length() >= 32, token);
        assertEquals("rw-------", permissions(keys.resolve("TEST-ONLY-pos-private.pem")));
        assertEquals("rwx------", permissions(keys));
    }

    @Test
    void theLogSaysWhereTheTokenIsButNeverTheToken() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        String token;
        try {
            token = startDev(dir);
        } finally {
            root.detachAppender(log);
        }

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains(DevKeyFiles.MERCHANT_TOKEN_FILE)), lines.toString());
        assertFalse(lines.stream().anyMatch(line -> line.contains(token)), "the token was logged");
    }

    /** Starts pos-server's context in the dev environment on {@code dataDir}; returns the dev merchant's token. */
    private static String startDev(Path dataDir) throws IOException {
        Map<String, Object> properties = Map.of("pos.data-dir", dataDir.toString(),
                "datasources.default.url", "jdbc:h2:mem:dev-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (ApplicationContext context = ApplicationContext.builder().environments("dev").properties(properties).start()) {
            String token = Files.readString(dataDir.resolve("dev-keys").resolve(DevKeyFiles.MERCHANT_TOKEN_FILE)).strip();
            assertEquals(Optional.of(DEV_ACCOUNT), context.getBean(MerchantTokens.class).account(token));
            return token;
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

package dev.dstorekit.signature;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SecretFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    }

    @Test
    void aSecretIsWrittenOwnerOnlyAndReplacesALooserFileWithoutLeavingATemporaryOne() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFiles.writeOwnerOnly(file, "new".getBytes(StandardCharsets.US_ASCII));

        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", permissions(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aSecretDirectoryIsCreatedOwnerOnlyWithItsParentsAndAnExistingOneIsTightened() throws Exception {
        Path nested = dir.resolve("data/dev-keys");

        SecretFiles.ownerOnlyDirectory(nested);

        assertEquals("rwx------", permissions(nested));
        assertEquals("rwx------", permissions(nested.getParent()));
        Files.setPosixFilePermissions(nested, PosixFilePermissions.fromString("rwxr-xr-x"));
        SecretFiles.ownerOnlyDirectory(nested);
        assertEquals("rwx------", permissions(nested));
    }

    @Test
    void restrictingToTheOwnerTakesAwayGroupAndOtherAccess() throws Exception {
        Path file = Files.writeString(dir.resolve("key.pem"), "k");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        SecretFiles.restrictToOwner(file);
        SecretFiles.restrictToOwner(dir);

        assertEquals("rw-------", permissions(file));
        assertEquals("rwx------", permissions(dir));
    }

    static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

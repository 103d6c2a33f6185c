package dev.dstorekit.signature.cli;

import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFile;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --resources FILE}: takes the Client-Id and keys a command needs from a resources file, so a team types them
 * once; an option given on the command line wins over the file.
 */
final class ResourcesOptions {

    /** Whose messages are checked: that party's public key comes from the resources file. */
    enum Signer {
        dstore, pos
    }

    @Option(names = "--resources", paramLabel = "FILE",
            description = "resources file (e.g. sandbox.yml) supplying the Client-Id and keys not given as options")
    Path file;

    private Resources resources;

    /** The explicit value, else the resources file's, else an error naming both ways to give it. */
    String require(String explicit, String option, Function<Resources, String> fromFile) {
        String value = orNull(explicit, fromFile);
        if (value == null) {
            throw new IllegalArgumentException("missing " + option + " (or --resources FILE)");
        }
        return value;
    }

    /** The explicit value, else the resources file's, else {@code null}. */
    String orNull(String explicit, Function<Resources, String> fromFile) {
        if (explicit != null || file == null) {
            return explicit;
        }
        if (resources == null) {
            resources = ResourcesFile.read(file);
        }
        return fromFile.apply(resources);
    }

    static String publicKey(Resources resources, Signer signer) {
        return signer == Signer.dstore ? resources.dstore().publicKey() : resources.pos().publicKey();
    }
}

package dev.dstorekit.pos;

import io.micronaut.runtime.Micronaut;
import java.util.Arrays;

/**
 * Starts the reference POS server: on one port the D-Store-facing API (/v2/pos/**), the merchant API
 * (/merchant/v1/**), /health and /prometheus; in the background the outbox sender that delivers merchant changes to
 * D-Store. {@code --version} prints the version and exits, without starting anything.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--version")) {
            System.out.println(version());
            return;
        }
        Micronaut.run(Application.class, args);
    }

    /** The version from the jar manifest, or "(development build)" when run from classes. */
    static String version() {
        String version = Application.class.getPackage().getImplementationVersion();
        return "pos-server " + (version == null ? "(development build)" : version);
    }
}

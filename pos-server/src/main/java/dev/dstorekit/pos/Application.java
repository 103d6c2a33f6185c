package dev.dstorekit.pos;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the reference POS server: on one port the D-Store-facing API (/v2/pos/**), the merchant API
 * (/merchant/v1/**), /health and /prometheus; in the background the outbox sender that delivers merchant changes to
 * D-Store.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

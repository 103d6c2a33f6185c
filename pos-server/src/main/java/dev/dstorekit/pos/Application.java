package dev.dstorekit.pos;

import io.micronaut.runtime.Micronaut;

/** Starts the reference POS server: the D-Store-facing order API on one port, with /health and /prometheus. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

package dev.dstorekit.stacks;

import java.nio.file.Path;

/** Where the module's inputs and outputs are; tests run with the module directory as working directory. */
final class StackPaths {

    private StackPaths() {
    }

    static Path module() {
        return Path.of("").toAbsolutePath();
    }

    static Path repository() {
        return module().getParent();
    }

    static Path specs() {
        return repository().resolve("api-specs/src/main/openapi");
    }

    static Path generated(String stackAndSpec) {
        return module().resolve("target/generated").resolve(stackAndSpec);
    }

    /** Scratch space of one check, under target/. */
    static Path work(String name) {
        return module().resolve("target/stacks").resolve(name);
    }
}

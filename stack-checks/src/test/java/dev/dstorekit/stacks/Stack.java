package dev.dstorekit.stacks;

/** The five stacks the build generates for (their settings are in the pom and in README's "On another stack"). */
enum Stack {
    SPRING("spring", "Spring Boot 3 server interfaces"),
    JAVA("java", "Java client (`library=native`)"),
    TYPESCRIPT("typescript-fetch", "TypeScript client"),
    PYTHON("python", "Python client (pydantic 2)"),
    GO("go", "Go client");

    final String generator;
    final String what;

    Stack(String generator, String what) {
        this.generator = generator;
        this.what = what;
    }
}

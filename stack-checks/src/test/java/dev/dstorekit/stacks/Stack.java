package dev.dstorekit.stacks;

/** The five stacks the build generates for, with the settings README tells a team to use. */
enum Stack {
    SPRING("spring", "Spring Boot 3 server interfaces",
            "`interfaceOnly=true`, `useSpringBoot3=true`; Jackson with `default-property-inclusion=non_null` and "
                    + "`adjust-dates-to-context-time-zone=false`"),
    JAVA("java", "Java client (`library=native`)", "`library=native`, `useJakartaEe=true`"),
    TYPESCRIPT("typescript-fetch", "TypeScript client", "`--type-mappings=DateTime=string`"),
    PYTHON("python", "Python client (pydantic 2)", "`packageName=…`"),
    GO("go", "Go client", "`enumClassPrefix=true`");

    final String generator;
    final String what;
    final String settings;

    Stack(String generator, String what, String settings) {
        this.generator = generator;
        this.what = what;
        this.settings = settings;
    }
}

package dev.dstorekit.conformance;

import org.junit.jupiter.api.extension.ExtendWith;

/** Base of every case class: the run's {@link Conformance} is attached before each case. */
@ExtendWith(ConformanceExtension.class)
public abstract class ConformanceCase {

    private Conformance conformance;

    void attach(Conformance conformance) {
        this.conformance = conformance;
    }

    protected Conformance conformance() {
        return conformance;
    }
}

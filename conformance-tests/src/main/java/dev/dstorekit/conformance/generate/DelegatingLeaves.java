package dev.dstorekit.conformance.generate;

import java.util.List;
import java.util.OptionalInt;

/** Leaves that hand every kind of leaf to {@code next}; an edge overrides the kind it is about. */
abstract class DelegatingLeaves implements Leaves {

    private final Leaves next;

    DelegatingLeaves(Leaves next) {
        this.next = next;
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        return next.string(path, minLength, maxLength);
    }

    @Override
    public long integer(String path, long minimum, long maximum) {
        return next.integer(path, minimum, maximum);
    }

    @Override
    public String choice(String path, List<String> values) {
        return next.choice(path, values);
    }

    @Override
    public String dateTime(String path) {
        return next.dateTime(path);
    }
}

package dev.dstorekit.conformance.generate;

import java.util.List;
import java.util.OptionalInt;

/**
 * Enum values spread by an {@link EnumCoverage}, date-times in odd but valid forms and, for every other request,
 * strings at their minimum length (empty where the schema allows it).
 */
final class EnumAndOptionalLeaves extends DelegatingLeaves {

    private final EnumCoverage coverage;
    private final boolean minimalStrings;
    private final long seed;
    private final Trace trace;

    EnumAndOptionalLeaves(EnumCoverage coverage, boolean minimalStrings, long seed, Trace trace, Leaves next) {
        super(next);
        this.coverage = coverage;
        this.minimalStrings = minimalStrings;
        this.seed = seed;
        this.trace = trace;
    }

    @Override
    public String choice(String path, List<String> values) {
        String value = coverage.choose(new EdgeLeaf(path, "").field(), values, Seeds.random(seed, path, "edge"));
        trace.add(path, "enum value");
        return value;
    }

    @Override
    public String dateTime(String path) {
        trace.add(path, "date-time form");
        return DateTimes.odd(Seeds.random(seed, path, "edge"));
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        if (!minimalStrings) {
            return super.string(path, minLength, maxLength);
        }
        trace.add(path, minLength == 0 ? "empty (no minLength)" : "minLength " + minLength);
        return EdgeStrings.of(EdgeStrings.Style.ORDINARY, minLength, Seeds.random(seed, path, "edge"));
    }
}

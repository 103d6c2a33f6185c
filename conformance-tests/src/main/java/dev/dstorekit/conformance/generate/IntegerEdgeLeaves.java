package dev.dstorekit.conformance.generate;

import java.util.SplittableRandom;

/**
 * Integers at the limits the schema sets (minimum, maximum, or the int32 bounds of {@code format: int32}), so that
 * quantity × unitPrice needs more than 32 bits and a nested modifier's amount more than 64.
 */
final class IntegerEdgeLeaves extends DelegatingLeaves {

    /** Which limits. */
    enum Pattern {
        /** Every integer at its maximum. */
        MAXIMUM,
        /** Every integer at its minimum. */
        MINIMUM,
        /** Each integer at its minimum or its maximum. */
        MINIMUM_OR_MAXIMUM,
        /** Each integer one inside a limit. */
        NEXT_TO_A_LIMIT,
        /** Counts (minimum 1 or more) at their maximum, amounts of a few minor units: just past 32 bits. */
        COUNTS_AT_MAXIMUM
    }

    private final Pattern pattern;
    private final long seed;
    private final Trace trace;

    IntegerEdgeLeaves(Pattern pattern, long seed, Trace trace, Leaves next) {
        super(next);
        this.pattern = pattern;
        this.seed = seed;
        this.trace = trace;
    }

    @Override
    public long integer(String path, long minimum, long maximum) {
        SplittableRandom random = Seeds.random(seed, path, "edge");
        if (pattern == Pattern.COUNTS_AT_MAXIMUM && minimum < 1) {
            return Math.min(maximum, minimum + 2 + random.nextInt(8));
        }
        boolean low = switch (pattern) {
            case MAXIMUM, COUNTS_AT_MAXIMUM -> false;
            case MINIMUM -> true;
            case MINIMUM_OR_MAXIMUM, NEXT_TO_A_LIMIT -> random.nextBoolean();
        };
        long value;
        String label;
        if (pattern == Pattern.NEXT_TO_A_LIMIT) {
            value = low ? minimum + 1 : maximum - 1;
            label = low ? "minimum + 1" : "maximum − 1";
        } else {
            value = low ? minimum : maximum;
            label = low ? "minimum" : maximum == Integer.MAX_VALUE ? "maximum (int32)" : "maximum";
        }
        trace.add(path, label);
        return value;
    }
}

package dev.dstorekit.conformance.generate;

import java.util.OptionalInt;
import java.util.SplittableRandom;

/** Every string of the request at one edge; the other leaves as {@code next} makes them. */
final class StringEdgeLeaves extends DelegatingLeaves {

    /** The length given to strings the schema sets no maxLength for (latitude, map keys and values). */
    static final int UNBOUNDED = 1024;
    /** The longest string with control characters: short enough that only the characters, not the length, are the edge. */
    static final int CONTROL_LONGEST = 40;

    /** Which edge. */
    enum Mode {
        /** Exactly maxLength code points of printable ASCII. */
        MAX_LENGTH_ASCII,
        /** Exactly maxLength code points, non-BMP only or mixed scripts with non-BMP ones. */
        MAX_LENGTH_NON_BMP,
        /** Up to 40 code points, with control and invisible characters. */
        CONTROL
    }

    private final Mode mode;
    private final long seed;
    private final Trace trace;

    StringEdgeLeaves(Mode mode, long seed, Trace trace, Leaves next) {
        super(next);
        this.mode = mode;
        this.seed = seed;
        this.trace = trace;
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        SplittableRandom random = Seeds.random(seed, path, "edge");
        String limit = maxLength.isPresent() ? "maxLength " + maxLength.getAsInt() : "no maxLength, " + UNBOUNDED;
        String value;
        switch (mode) {
            case MAX_LENGTH_ASCII -> {
                value = EdgeStrings.of(EdgeStrings.Style.ASCII, maxLength.orElse(UNBOUNDED), random);
                trace.add(path, limit + ", ASCII");
            }
            case MAX_LENGTH_NON_BMP -> {
                boolean mixed = random.nextInt(3) == 0;
                value = EdgeStrings.of(mixed ? EdgeStrings.Style.MIXED : EdgeStrings.Style.NON_BMP,
                        maxLength.orElse(UNBOUNDED), random);
                trace.add(path, limit + (mixed ? ", mixed scripts with non-BMP" : ", non-BMP"));
            }
            default -> {
                int longest = Math.min(CONTROL_LONGEST, maxLength.orElse(CONTROL_LONGEST));
                int length = Math.max(Math.max(minLength, 1), 1 + random.nextInt(longest));
                value = EdgeStrings.of(EdgeStrings.Style.CONTROL, Math.min(length, longest), random);
                trace.add(path, "control characters");
            }
        }
        return value;
    }
}

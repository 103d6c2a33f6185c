package dev.dstorekit.conformance.generate;

import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Products the catalog does not know (ids of ordinary length: an id at maxLength is never in a catalog, and the
 * maxLength cases send those) and amounts drawn with no regard to the amount rule. The spec says a paid order with
 * either is accepted and flagged for the merchant, never refused.
 */
final class UnknownProductLeaves extends DelegatingLeaves {

    private final boolean allUnknown;
    private final Set<String> known;
    private final long seed;
    private final Trace trace;

    UnknownProductLeaves(boolean allUnknown, Set<String> known, long seed, Trace trace, Leaves next) {
        super(next);
        this.allUnknown = allUnknown;
        this.known = Set.copyOf(known);
        this.seed = seed;
        this.trace = trace;
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        boolean product = OrdinaryLeaves.LINE_PRODUCT.matcher(path).matches()
                || OrdinaryLeaves.MODIFIER_PRODUCT.matcher(path).matches();
        SplittableRandom random = Seeds.random(seed, path, "edge");
        if (!product || !allUnknown && random.nextBoolean()) {
            return super.string(path, minLength, maxLength);
        }
        String id;
        do {
            id = "UNKNOWN-" + EdgeStrings.of(EdgeStrings.Style.ORDINARY, 4 + random.nextInt(16), random).strip();
        } while (known.contains(id));
        trace.add(path, "not in the catalog");
        return id;
    }

    /** Amounts up to 10 000.00, whatever the other amounts are. */
    @Override
    public long integer(String path, long minimum, long maximum) {
        if (minimum > 0) {
            return super.integer(path, minimum, maximum);
        }
        return Math.min(maximum, minimum + Seeds.random(seed, path, "edge").nextInt(1_000_001));
    }
}

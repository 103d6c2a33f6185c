package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.SplittableRandom;

/**
 * A shape drawn within ranges: optional members all there, none there or some; lines, modifiers per line, and
 * modifiers per nested modifier each between a least and a most; nesting up to a depth.
 *
 * @param presence       which optional members are there
 * @param lines          least and most top-level items (order lines)
 * @param modifiers      least and most modifiers of a line
 * @param nested         least and most modifiers of a modifier
 * @param maxNesting     the deepest modifiers (1: modifiers of lines only)
 * @param entries        least and most entries of a map (extendInfo)
 * @param seed           the request's seed
 */
record RandomShape(Presence presence, Range lines, Range modifiers, Range nested, int maxNesting, Range entries,
                   long seed) implements Shape {

    /** Which optional members are there. */
    enum Presence {
        ALL, NONE, SOME
    }

    /** From {@code least} to {@code most}, both included. */
    record Range(int least, int most) {

        static Range of(int least, int most) {
            return new Range(least, Math.max(least, most));
        }

        static Range exactly(int n) {
            return new Range(n, n);
        }

        int draw(SplittableRandom random) {
            return least + random.nextInt(most - least + 1);
        }
    }

    RandomShape withPresence(Presence other) {
        return new RandomShape(other, lines, modifiers, nested, maxNesting, entries, seed);
    }

    @Override
    public boolean present(String path, ObjectNode parent) {
        return switch (presence) {
            case ALL -> true;
            case NONE -> false;
            case SOME -> Seeds.random(seed, path, "present").nextBoolean();
        };
    }

    @Override
    public int items(String path, int depth) {
        Range range = depth == 0 ? lines : depth > maxNesting ? Range.exactly(0) : depth == 1 ? modifiers : nested;
        return range.draw(Seeds.random(seed, path, "items"));
    }

    @Override
    public int entries(String path) {
        return entries.draw(Seeds.random(seed, path, "entries"));
    }
}

package dev.dstorekit.conformance.generate;

import dev.dstorekit.conformance.Settings;

/**
 * How the generated requests are made: the run's seed and how many and how large they are.
 *
 * @param seed         seed of every generated request of the run
 * @param seedGiven    whether the seed was set (else it was drawn at random for this run)
 * @param requests     how many requests each data-acceptance case generates
 * @param maxLines     the most order lines of a generated order
 * @param maxModifiers the most modifiers of a generated line or modifier
 * @param maxNesting   the deepest nesting of modifiers (1: modifiers of a line, no modifiers of modifiers)
 */
public record GeneratorSettings(long seed, boolean seedGiven, int requests, int maxLines, int maxModifiers,
                                int maxNesting) {

    public static final int DEFAULT_REQUESTS = 20;
    public static final int DEFAULT_MAX_LINES = 40;
    public static final int DEFAULT_MAX_MODIFIERS = 10;
    public static final int DEFAULT_MAX_NESTING = 3;

    /** How to generate the same requests again, for reports: {@code --seed 42 (-Ddstore.conformance.seed=42)}. */
    public String reproduce() {
        return "--seed " + seed + " (-D" + Settings.SEED + "=" + seed + ")";
    }
}

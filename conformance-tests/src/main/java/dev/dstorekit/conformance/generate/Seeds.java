package dev.dstorekit.conformance.generate;

import java.util.SplittableRandom;

/**
 * Random numbers keyed by what they decide (a case, a request, a leaf's path), so one value never depends on how
 * many others were drawn before it: the same seed gives the same request, and a request rebuilt with one edge
 * fewer keeps everything else.
 */
final class Seeds {

    private Seeds() {
    }

    /** A seed for {@code keys} under {@code seed}; {@code String.hashCode} is specified, so it is the same on every JVM. */
    static long of(long seed, Object... keys) {
        long h = mix(seed);
        for (Object key : keys) {
            h = mix(h ^ (key instanceof Number n ? n.longValue() : key.toString().hashCode()));
        }
        return h;
    }

    static SplittableRandom random(long seed, Object... keys) {
        return new SplittableRandom(of(seed, keys));
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

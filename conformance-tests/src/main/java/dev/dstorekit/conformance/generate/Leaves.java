package dev.dstorekit.conformance.generate;

import java.util.List;
import java.util.OptionalInt;

/**
 * The values at the leaves of a generated request, each within what its schema allows. {@code path} names the
 * leaf as a failure message would ({@code orderProducts[0].modifiers[1].name}); an implementation that picks at
 * random draws from a random keyed by the path, so the same leaf gets the same value however the rest is built.
 */
interface Leaves {

    /** A string of at least {@code minLength} and at most {@code maxLength} (if any) code points. */
    String string(String path, int minLength, OptionalInt maxLength);

    /** An integer within {@code minimum}…{@code maximum}. */
    long integer(String path, long minimum, long maximum);

    /** One of an enum's values. */
    String choice(String path, List<String> values);

    /** An RFC 3339 date-time with offset, as JSON Schema's {@code format: date-time} demands. */
    String dateTime(String path);
}

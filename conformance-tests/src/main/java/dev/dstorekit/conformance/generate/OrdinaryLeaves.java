package dev.dstorekit.conformance.generate;

import dev.dstorekit.conformance.orders.Catalog;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values nobody would find odd: short text, counts of 1 to 3, amounts up to 20.00, the catalog's products, a date
 * in the next few years at +08:00. Every edge changes one kind of leaf and leaves the others like this, so a
 * failing case points at its edge.
 */
final class OrdinaryLeaves implements Leaves {

    static final Pattern LINE_PRODUCT = Pattern.compile("(?:orderProducts|updatedOrderProducts)\\[(\\d+)]\\.posProductId");
    static final Pattern MODIFIER_PRODUCT = Pattern.compile(".*modifiers\\[\\d+]\\.posProductId");
    private static final int LONGEST = 12;

    private final long seed;
    private final Catalog catalog;

    OrdinaryLeaves(long seed, Catalog catalog) {
        this.seed = seed;
        this.catalog = catalog;
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        SplittableRandom random = Seeds.random(seed, path, "ordinary");
        Matcher line = LINE_PRODUCT.matcher(path);
        if (line.matches()) {
            return catalog.products().get(Integer.parseInt(line.group(1)) % catalog.products().size()).posProductId();
        }
        if (MODIFIER_PRODUCT.matcher(path).matches()) {
            List<Catalog.Product> modifiers = catalog.modifiers().isEmpty() ? catalog.products() : catalog.modifiers();
            return modifiers.get(random.nextInt(modifiers.size())).posProductId();
        }
        int length = Math.max(Math.max(minLength, 1), 1 + random.nextInt(LONGEST));
        if (maxLength.isPresent()) {
            length = Math.min(length, maxLength.getAsInt());
        }
        return EdgeStrings.of(EdgeStrings.Style.ORDINARY, length, random);
    }

    /** Counts (minimum 1 or more) of a few; amounts (minimum 0) up to 2000 minor units. */
    @Override
    public long integer(String path, long minimum, long maximum) {
        SplittableRandom random = Seeds.random(seed, path, "ordinary");
        long value = minimum >= 1 ? minimum + random.nextInt(3) : minimum + random.nextInt(2001);
        return Math.min(value, maximum);
    }

    @Override
    public String choice(String path, List<String> values) {
        return values.get(Seeds.random(seed, path, "ordinary").nextInt(values.size()));
    }

    @Override
    public String dateTime(String path) {
        return DateTimes.ordinary(Seeds.random(seed, path, "ordinary"));
    }
}

package dev.dstorekit.conformance.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Strings of an exact length in Unicode code points, which is how JSON Schema's maxLength counts: an emoji is one
 * character there, two UTF-16 units in Java ({@code String.length()}) and four bytes in UTF-8. Each style stresses
 * one way a POS can get length or content wrong.
 */
public final class EdgeStrings {

    /** The kinds of text a generated string is made of. */
    public enum Style {
        /** Letters, digits and spaces: a value nobody would find odd. */
        ORDINARY,
        /** Every printable ASCII character, quotes and backslash included. */
        ASCII,
        /** Supplementary-plane characters only: emoji, CJK Extension B, mathematical letters. */
        NON_BMP,
        /** Scripts of the BMP, combining marks, joiners and supplementary-plane characters mixed. */
        MIXED,
        /** Ordinary text with control and invisible characters: U+0000, tab, newline, U+001F, U+007F, U+2028, … */
        CONTROL
    }

    private static final int[][] NON_BMP = {
            {0x1F600, 0x1F64F}, {0x1F300, 0x1F5FF}, {0x1F680, 0x1F6C5}, {0x1F900, 0x1F9FF}, // emoji
            {0x20000, 0x2A6D6}, // CJK Unified Ideographs Extension B
            {0x1D400, 0x1D433}, // mathematical bold letters
            {0x10000, 0x1000B}, // Linear B syllables
            {0x1F0A1, 0x1F0AE}, // playing cards
    };
    private static final int[][] BMP_SCRIPTS = {
            {0x00C0, 0x00FF}, {0x0391, 0x03A9}, {0x0410, 0x044F}, {0x05D0, 0x05EA}, {0x0627, 0x064A},
            {0x0E01, 0x0E2E}, {0x3041, 0x3096}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3},
    };
    /** Combining acute and diaeresis, enclosing circle, zero-width joiner, variation selector 16. */
    private static final int[] JOINERS = {0x0301, 0x0308, 0x20DD, 0x200D, 0xFE0F};
    /**
     * Control and invisible characters a JSON string may carry: NUL and other C0 controls, DEL, C1 controls, no-break
     * space, zero-width space, direction marks, the line and paragraph separators (not line breaks in JSON, but in
     * JavaScript before ES2019) and the byte order mark.
     */
    static final int[] CONTROLS = {0x0000, 0x0001, 0x0009, 0x000A, 0x000D, 0x001B, 0x001F, 0x007F, 0x0085, 0x009F,
            0x00A0, 0x200B, 0x200E, 0x202E, 0x2028, 0x2029, 0xFEFF};
    private static final String ORDINARY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ";

    private EdgeStrings() {
    }

    /** A string of exactly {@code codePoints} code points in {@code style}. */
    public static String of(Style style, int codePoints, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(switch (style) {
                case ORDINARY -> ORDINARY.charAt(random.nextInt(i == 0 ? ORDINARY.length() - 1 : ORDINARY.length()));
                case ASCII -> random.nextInt(0x20, 0x7F);
                case NON_BMP -> pick(NON_BMP, random);
                case MIXED -> mixed(random);
                case CONTROL -> ORDINARY.charAt(random.nextInt(ORDINARY.length()));
            });
        }
        String value = text.toString();
        if (style == Style.MIXED && codePoints > 0 && value.codePoints().allMatch(Character::isBmpCodePoint)) {
            value = replaceCodePoint(value, random.nextInt(codePoints), pick(NON_BMP, random));
        }
        if (style == Style.CONTROL && codePoints > 0) {
            int[] positions = random.ints(0, codePoints).distinct().limit(1 + random.nextInt(Math.min(codePoints, 4))).toArray();
            for (int i = 0; i < positions.length; i++) {
                int control = i == 0 && random.nextBoolean() ? 0x0000 : CONTROLS[random.nextInt(CONTROLS.length)];
                value = replaceCodePoint(value, positions[i], control);
            }
        }
        return value;
    }

    /**
     * {@code value} made unique by {@code head}: the head replaces its start when it is longer than the head, keeping
     * its length in code points (a string at maxLength stays at maxLength); a shorter value follows the head.
     */
    public static String withHead(String head, String value) {
        int headLength = head.codePointCount(0, head.length());
        int length = value.codePointCount(0, value.length());
        if (length <= headLength) {
            return head + value;
        }
        return head + value.substring(value.offsetByCodePoints(0, headLength));
    }

    /**
     * {@code 255 code points (510 UTF-16 units, 1020 UTF-8 bytes), with U+0000, U+2028}: what a failure message needs
     * to say about a string.
     */
    public static String describe(String value) {
        int codePoints = value.codePointCount(0, value.length());
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder text = new StringBuilder().append(codePoints).append(" code points");
        if (value.length() != codePoints || bytes != codePoints) {
            text.append(" (").append(value.length()).append(" UTF-16 units, ").append(bytes).append(" UTF-8 bytes)");
        }
        List<String> controls = controls(value);
        if (!controls.isEmpty()) {
            text.append(", with ").append(String.join(", ", controls));
        }
        return text.toString();
    }

    /** The control and invisible characters in {@code value}, e.g. {@code [U+0000, U+2028]}. */
    static List<String> controls(String value) {
        TreeSet<Integer> found = new TreeSet<>();
        value.codePoints().filter(EdgeStrings::isControl).forEach(found::add);
        List<String> names = new ArrayList<>();
        for (int c : found) {
            names.add(String.format("U+%04X", c));
        }
        return names;
    }

    private static boolean isControl(int codePoint) {
        for (int c : CONTROLS) {
            if (c == codePoint) {
                return true;
            }
        }
        return false;
    }

    private static int mixed(SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return random.nextInt(0x20, 0x7F);
        }
        if (kind < 6) {
            return pick(BMP_SCRIPTS, random);
        }
        if (kind < 9) {
            return pick(NON_BMP, random);
        }
        return JOINERS[random.nextInt(JOINERS.length)];
    }

    private static int pick(int[][] ranges, SplittableRandom random) {
        int[] range = ranges[random.nextInt(ranges.length)];
        return random.nextInt(range[0], range[1] + 1);
    }

    private static String replaceCodePoint(String value, int index, int codePoint) {
        int start = value.offsetByCodePoints(0, index);
        int end = value.offsetByCodePoints(start, 1);
        return value.substring(0, start) + new String(Character.toChars(codePoint)) + value.substring(end);
    }
}

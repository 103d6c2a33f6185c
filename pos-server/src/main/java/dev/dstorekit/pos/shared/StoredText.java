package dev.dstorekit.pos.shared;

/**
 * Text as the database holds it. PostgreSQL cannot store U+0000 in a text column, and no database stores a lone
 * UTF-16 surrogate faithfully, yet both are valid in a JSON string D-Store may send. A paid order must not be refused
 * for them, and identifiers read back (requestOrderId in a notifyOrderChange, a posProductId in a GrabFood
 * modification) must come back exactly as sent.
 *
 * <p>{@link #encode} leaves every other string unchanged. One that holds U+0000, a lone surrogate or starts with the
 * marker U+FDD0 (a Unicode noncharacter) is stored as the marker followed by the string with {@code \} written
 * {@code \\}, U+0000 written {@code \0} and a lone surrogate written {@code \\uXXXX}. The mapping is one-to-one, so
 * equality (and uniqueness) of encoded values is equality of the originals; {@link #decode} reverses it. An encoded
 * value can be up to six times longer than the original: columns that hold such text are unbounded
 * {@code VARCHAR}, and the spec's maxLength (validated on the request) is the one limit.
 *
 * <p>{@link #note} is for text the server writes itself (flag details, re-sync reasons, D-Store's result messages):
 * the characters the database cannot hold become U+FFFD and the text is cut to its column.
 */
public final class StoredText {

    static final char MARKER = '\uFDD0';

    private StoredText() {
    }

    /** The stored form of {@code text}; {@code null} stays {@code null}. */
    public static String encode(String text) {
        if (text == null || !needsEncoding(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(MARKER);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\u0000') {
                out.append("\\0");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The original of a stored value; {@code null} stays {@code null}. */
    public static String decode(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARKER) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored.length());
        for (int i = 1; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = stored.charAt(++i);
            if (next == '0') {
                out.append('\u0000');
            } else if (next == 'u') {
                out.append((char) Integer.parseInt(stored.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }

    /**
     * Server-written text for a column of {@code maxLength} characters: U+0000 and lone surrogates replaced by U+FFFD,
     * cut to at most {@code maxLength} UTF-16 units (so also at most that many code points, whichever way a database
     * counts) without splitting a character, ending with "…" when cut.
     */
    public static String note(String text, int maxLength) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\u0000' || Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return ShortText.cut(clean.toString(), maxLength);
    }

    private static boolean needsEncoding(String text) {
        if (!text.isEmpty() && text.charAt(0) == MARKER) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

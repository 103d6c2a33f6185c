package dev.dstorekit.pos.shared;

/** Text cut to fit a limit, for messages and notes the server writes itself. */
public final class ShortText {

    private ShortText() {
    }

    /**
     * {@code text} itself when it has at most {@code maxLength} UTF-16 units, else its start and "…" in
     * {@code maxLength} units, never splitting a surrogate pair. At most {@code maxLength} units is also at most that
     * many code points, so the result fits a spec's maxLength and a column's length however they count.
     */
    public static String cut(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}

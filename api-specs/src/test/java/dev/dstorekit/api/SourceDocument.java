package dev.dstorekit.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One source text the evidence register quotes. Quotes are compared verbatim except for white space: a run of
 * spaces, tabs, no-break spaces and line breaks counts as one space, because the stored pages wrap lines and render
 * table cells on lines of their own. Markdown sources ({@code REFERENCE.md}) also know which heading or bold lead line each
 * passage sits under, so a quote can be held to its section and to the evidence tags written there.
 */
final class SourceDocument {

    private static final Pattern DOUBTFUL = Pattern.compile("\\[(I|A|OPEN)[] ]");

    private final String normalized;
    private final int[] lineOfChar;
    private final List<String> lines;
    private final boolean markdown;

    private SourceDocument(String text, boolean markdown) {
        this.lines = List.of(text.split("\n", -1));
        this.markdown = markdown;
        StringBuilder out = new StringBuilder(text.length());
        int[] lineOf = new int[text.length()];
        int line = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    lineOf[out.length()] = line;
                    out.append(' ');
                    pendingSpace = false;
                }
                lineOf[out.length()] = line;
                out.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        this.normalized = out.toString();
        this.lineOfChar = lineOf;
    }

    static SourceDocument of(String text, boolean markdown) {
        return new SourceDocument(text, markdown);
    }

    static String normalize(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    /** Why {@code quote} does not back a claim here, or null when it does (some occurrence passes every check). */
    String problemWith(String quote, String section, Pattern acceptedTags) {
        String wanted = normalize(quote);
        if (wanted.isEmpty()) {
            return "empty quote";
        }
        if (markdown && DOUBTFUL.matcher(wanted).find()) {
            return "the quote itself carries an [I], [A] or [OPEN] tag: \"" + quote + "\"";
        }
        List<int[]> spans = new ArrayList<>();
        for (int at = normalized.indexOf(wanted); at >= 0; at = normalized.indexOf(wanted, at + 1)) {
            spans.add(new int[] {lineOfChar[at], lineOfChar[at + wanted.length() - 1]});
        }
        if (spans.isEmpty()) {
            return "not found verbatim: \"" + quote + "\"";
        }
        String last = null;
        for (int[] span : spans) {
            List<String> context = markdown ? enclosing(span[0]) : List.of();
            if (section != null && !inSection(span[0], context, normalize(section))) {
                last = "found, but not in section \"" + section + "\": \"" + quote + "\"";
            } else if (acceptedTags != null && !tagged(span, context, acceptedTags)) {
                last = "found, but neither the quoted lines nor their section carry " + acceptedTags.pattern()
                        + ": \"" + quote + "\"";
            } else {
                return null;
            }
        }
        return last;
    }

    private boolean inSection(int line, List<String> context, String section) {
        if (markdown) {
            return context.stream().map(SourceDocument::normalize).anyMatch(l -> l.contains(section));
        }
        for (int i = 0; i <= line; i++) {
            if (normalize(lines.get(i)).equals(section)) {
                return true;
            }
        }
        return false;
    }

    private boolean tagged(int[] span, List<String> context, Pattern accepted) {
        for (int i = span[0]; i <= span[1]; i++) {
            if (accepted.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return context.stream().anyMatch(l -> accepted.matcher(l).find());
    }

    /** The bold lead line a passage sits under (if any, below its heading) and every enclosing heading. */
    private List<String> enclosing(int line) {
        List<String> chain = new ArrayList<>();
        int level = Integer.MAX_VALUE;
        boolean leadSeen = false;
        for (int i = line; i >= 0 && level > 1; i--) {
            String text = lines.get(i);
            if (text.startsWith("#")) {
                int hashes = text.length() - text.replaceFirst("^#+", "").length();
                if (hashes < level) {
                    chain.add(text);
                    level = hashes;
                }
            } else if (text.startsWith("**") && !leadSeen && level == Integer.MAX_VALUE) {
                chain.add(text);
                leadSeen = true;
            }
        }
        return chain;
    }
}

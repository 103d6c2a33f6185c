package dev.dstorekit.signature;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a body commonly changes between signing and verifying: re-formatted JSON, converted line endings,
 * an added or lost trailing newline, a byte-order mark, {@code \\uXXXX} escaping, or the wrong charset.
 * Each is a function of the body, so two changes can be combined.
 */
final class BodyVariants {

    /** One possible change; {@code apply} returns {@code null} when it does not apply to a body. */
    record BodyChange(String cause, UnaryOperator<byte[]> apply) {
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)\\\\u([0-9a-fA-F]{4})");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> OTHER_CHARSETS = List.of("ISO-8859-1", "windows-1252", "GBK", "Big5", "Shift_JIS");

    private BodyVariants() {
    }

    /** The changes, most specific first: the first one that makes a signature verify is reported. */
    static List<BodyChange> all() {
        List<BodyChange> changes = new ArrayList<>();
        changes.add(new BodyChange("line endings: the signer signed the body with LF line endings, the body here has "
                + "CRLF (\\r\\n) – converted in transit, by an editor or by an HTTP tool",
                body -> contains(body, "\r\n") ? replace(body, "\r\n", "\n") : null));
        changes.add(new BodyChange("line endings: the signer signed the body with CRLF (\\r\\n) line endings, the body "
                + "here has LF – converted in transit, by an editor or by an HTTP tool",
                body -> contains(body, "\n") && !contains(body, "\r\n") ? replace(body, "\n", "\r\n") : null));
        changes.add(new BodyChange("trailing newline added: the signer signed the body without the trailing newline "
                + "it ends with here (added by an editor, echo or a heredoc)", BodyVariants::withoutTrailingNewline));
        changes.add(new BodyChange("trailing newline removed: the signer signed the body with a trailing LF that "
                + "it lacks here (stripped after signing)",
                body -> endsWithNewline(body) ? null : concat(body, new byte[] {'\n'})));
        changes.add(new BodyChange("trailing newline removed: the signer signed the body with a trailing CRLF that "
                + "it lacks here (stripped after signing)",
                body -> endsWithNewline(body) ? null : concat(body, new byte[] {'\r', '\n'})));
        changes.add(new BodyChange("byte-order mark: the signer signed the body without the UTF-8 BOM (EF BB BF) it "
                + "starts with here", body -> startsWith(body, BOM) ? Arrays.copyOfRange(body, 3, body.length) : null));
        changes.add(new BodyChange("surrounding whitespace: the signer signed the body without the leading/trailing "
                + "whitespace it has here", BodyVariants::trimmed));
        changes.add(new BodyChange("body re-encoded: the signer signed the body with non-ASCII characters escaped as "
                + "\\uXXXX (lower-case hex, e.g. \\u9e21), the body here has them as raw UTF-8",
                body -> escapeNonAscii(body, false)));
        changes.add(new BodyChange("body re-encoded: the signer signed the body with non-ASCII characters escaped as "
                + "\\uXXXX (upper-case hex, e.g. \\u9E21), the body here has them as raw UTF-8",
                body -> escapeNonAscii(body, true)));
        changes.add(new BodyChange("body re-encoded: the signer signed raw UTF-8 characters, the body here has them "
                + "escaped as \\uXXXX", BodyVariants::unescapeUnicode));
        changes.add(new BodyChange("body re-encoded: the signer's text was UTF-8 read as ISO-8859-1 and encoded again "
                + "(double-encoded, 'CafÃ©' instead of 'Café')", BodyVariants::doubleEncoded));
        for (String charset : OTHER_CHARSETS) {
            changes.add(new BodyChange("body charset: the signer signed the body encoded as " + charset
                    + " instead of UTF-8 (e.g. String.getBytes() with the platform charset)",
                    body -> transcode(body, charset)));
        }
        // re-serializing last: it also normalizes escapes and whitespace, so the precise textual causes go first
        changes.add(new BodyChange("body re-formatted: the signer signed the body " + JsonFormatting.Style.COMPACT.label
                + ", but the body here is re-indented (pretty-printed) – it was re-serialized after signing",
                body -> JsonFormatting.reformat(body, JsonFormatting.Style.COMPACT)));
        for (JsonFormatting.Style style : List.of(JsonFormatting.Style.INDENT_2, JsonFormatting.Style.INDENT_4,
                JsonFormatting.Style.INDENT_TAB, JsonFormatting.Style.JACKSON_DEFAULT)) {
            changes.add(new BodyChange("body re-formatted: the signer signed the body " + style.label
                    + ", but the body here is minified or indented differently – it was re-serialized after signing",
                    body -> JsonFormatting.reformat(body, style)));
        }
        return changes;
    }

    private static byte[] withoutTrailingNewline(byte[] body) {
        if (!endsWithNewline(body)) {
            return null;
        }
        int cut = body.length >= 2 && body[body.length - 2] == '\r' ? 2 : 1;
        return Arrays.copyOf(body, body.length - cut);
    }

    private static byte[] trimmed(byte[] body) {
        int start = 0;
        int end = body.length;
        while (start < end && isJsonWhitespace(body[start])) {
            start++;
        }
        while (end > start && isJsonWhitespace(body[end - 1])) {
            end--;
        }
        return start == 0 && end == body.length ? null : Arrays.copyOfRange(body, start, end);
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static byte[] escapeNonAscii(byte[] body, boolean upperCase) {
        String text = strictUtf8(body);
        if (text == null || text.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                String hex = String.format("%04x", (int) c);
                out.append("\\u").append(upperCase ? hex.toUpperCase(Locale.ROOT) : hex);
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unescapeUnicode(byte[] body) {
        String text = strictUtf8(body);
        if (text == null) {
            return null;
        }
        Matcher m = UNICODE_ESCAPE.matcher(text);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            char c = (char) Integer.parseInt(m.group(1), 16);
            // keep escapes JSON requires (controls, quote, backslash)
            String replacement = c < 0x20 || c == '"' || c == '\\' ? m.group() : String.valueOf(c);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] doubleEncoded(byte[] body) {
        if (isAscii(body)) {
            return null;
        }
        return new String(body, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
    }

    /** The body's UTF-8 text encoded in {@code charset}, or {@code null} if not lossless or not different. */
    private static byte[] transcode(byte[] body, String charsetName) {
        String text = strictUtf8(body);
        if (text == null || isAscii(body) || !Charset.isSupported(charsetName)) {
            return null;
        }
        try {
            ByteBuffer encoded = Charset.forName(charsetName).newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[encoded.remaining()];
            encoded.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(byte[] body, String ascii) {
        return indexOf(body, ascii.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    private static boolean endsWithNewline(byte[] body) {
        return body.length > 0 && body[body.length - 1] == '\n';
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] body, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= body.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] replace(byte[] body, String from, String to) {
        // line-ending bytes never occur inside multi-byte UTF-8 sequences, so text replacement is byte-safe
        return new String(body, StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

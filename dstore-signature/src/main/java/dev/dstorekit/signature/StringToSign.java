package dev.dstorekit.signature;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds the exact bytes that D-Store signs: {@code <METHOD> <URI>\n<Client-Id>.<Time>.<body>}.
 * It is the one place that defines the format, so signer, verifier and explainer can never disagree;
 * the body bytes are appended unchanged because any re-encoding breaks the signature.
 */
public final class StringToSign {

    private StringToSign() {
    }

    /**
     * @param method HTTP method, {@code POST} for every D-Store API (also for signed responses)
     * @param uri path plus query, without scheme and host, e.g. {@code /v2/pos/createOrder}
     * @param clientId the {@code Client-Id} header value, verbatim
     * @param time the {@code Request-Time} (or, for responses, {@code Response-Time}) header value, verbatim
     * @param body the raw body bytes as sent on the wire; {@code null} means empty
     * @return UTF-8 of {@code method + " " + uri + "\n" + clientId + "." + time + "."} followed by the body bytes
     */
    public static byte[] of(String method, String uri, String clientId, String time, byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(time, "time");
        byte[] head = (method + " " + uri + "\n" + clientId + "." + time + ".").getBytes(StandardCharsets.UTF_8);
        byte[] raw = body == null ? new byte[0] : body;
        byte[] out = new byte[head.length + raw.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(raw, 0, out, head.length, raw.length);
        return out;
    }

    /**
     * The string to sign as text with invisible characters made visible, for explain output and logs:
     * LF is shown as {@code ⏎} followed by a real line break, CR as {@code ␍}, TAB as {@code ␉},
     * spaces at the end of a line as {@code ·}, and every other control or non-ASCII character
     * (including bytes that are not valid UTF-8, which decode to U+FFFD) as {@code \\uXXXX}.
     */
    public static String visible(byte[] stringToSign) {
        String text = new String(stringToSign, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("⏎\n");
                case '\r' -> out.append('␍');
                case '\t' -> out.append('␉');
                case ' ' -> {
                    int end = i;
                    while (end < n && text.charAt(end) == ' ') {
                        end++;
                    }
                    boolean trailing = end == n || text.charAt(end) == '\n' || text.charAt(end) == '\r';
                    out.append(String.valueOf(trailing ? '·' : ' ').repeat(end - i));
                    i = end - 1;
                }
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

}

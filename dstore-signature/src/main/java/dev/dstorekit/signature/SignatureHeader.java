package dev.dstorekit.signature;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code Signature} header, {@code algorithm=RSA256, keyVersion=1, signature=<URL-encoded Base64>}.
 * Alipay's docs write it with spaces after the commas and the SDK without, so parsing is tolerant
 * (spacing, pair order, surrounding whitespace, a value that was never URL-encoded) while
 * {@link #format()} always writes the documented form.
 *
 * @param algorithm the algorithm token as sent, e.g. {@code RSA256} (checked by the verifier, not here)
 * @param keyVersion the key version as sent, e.g. {@code 1}
 * @param signature the raw Base64 signature, already URL-decoded
 */
public record SignatureHeader(String algorithm, String keyVersion, String signature) {

    /** The only algorithm token D-Store uses: SHA256withRSA. */
    public static final String RSA256 = "RSA256";

    public SignatureHeader {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyVersion, "keyVersion");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * Reads a {@code Signature} header value. Pairs are separated by commas, with or without spaces, in any
     * order; names are matched case-insensitively and unknown pairs are ignored. The signature value is
     * percent-decoded once ({@code %2B} → {@code +}); a plain Base64 value is kept as it is, and a {@code +}
     * is never turned into a space.
     *
     * @throws MalformedSignatureHeaderException if the value is blank, a pair has no {@code =}, a pair repeats,
     *         or {@code algorithm}, {@code keyVersion} or {@code signature} is missing or empty
     */
    public static SignatureHeader parse(String headerValue) throws MalformedSignatureHeaderException {
        if (headerValue == null || headerValue.isBlank()) {
            throw new MalformedSignatureHeaderException("Signature header is empty");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : headerValue.trim().split(",")) {
            String pair = part.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new MalformedSignatureHeaderException(
                        "Signature header part is not name=value (part " + (pairs.size() + 1) + ")");
            }
            String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = pair.substring(eq + 1).trim();
            if (pairs.putIfAbsent(name, value) != null) {
                throw new MalformedSignatureHeaderException("Signature header has '" + name + "' twice");
            }
        }
        String algorithm = required(pairs, "algorithm");
        String keyVersion = required(pairs, "keyversion");
        String signature = percentDecode(required(pairs, "signature"));
        return new SignatureHeader(algorithm, keyVersion, signature);
    }

    /** A header for an RSA256 signature with key version 1. */
    public static SignatureHeader rsa256(String base64Signature) {
        return new SignatureHeader(RSA256, "1", base64Signature);
    }

    /** The header value as D-Store documents it, with the signature URL-encoded. */
    public String format() {
        return "algorithm=" + algorithm + ", keyVersion=" + keyVersion
                + ", signature=" + URLEncoder.encode(signature, StandardCharsets.UTF_8);
    }

    /** Shortened on purpose: logs should not carry whole signatures. */
    @Override
    public String toString() {
        String shown = signature.length() <= 12 ? signature : signature.substring(0, 8) + "…";
        return "SignatureHeader[algorithm=" + algorithm + ", keyVersion=" + keyVersion
                + ", signature=" + shown + " (" + signature.length() + " chars)]";
    }

    private static String required(Map<String, String> pairs, String name) {
        String value = pairs.get(name);
        String shown = name.equals("keyversion") ? "keyVersion" : name;
        if (value == null) {
            throw new MalformedSignatureHeaderException("Signature header has no '" + shown + "=' pair");
        }
        if (value.isEmpty()) {
            throw new MalformedSignatureHeaderException("Signature header has an empty '" + shown + "' value");
        }
        return value;
    }

    /**
     * Decodes {@code %XX} escapes once and leaves every other character alone. Unlike
     * {@link java.net.URLDecoder} it keeps {@code +} as {@code +}, so plain Base64 survives.
     */
    static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int hi = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new MalformedSignatureHeaderException(
                            "Signature header 'signature' value has a broken %-escape at position " + i);
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

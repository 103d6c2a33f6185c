package dev.dstorekit.signature;

import dev.dstorekit.signature.Explanation.Status;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Explains a signature to a human: shows the exact string to sign (invisible characters made visible), its length
 * and SHA-256, checks the signature, and when it fails tries the usual mistakes (re-formatted body, CRLF, a host
 * in the URI, the other Request-Time format, double URL-encoding, …) to name the one that makes it verify.
 * "INVALID_SIGNATURE" alone gives integrators nothing to go on; this does.
 */
public final class SignatureExplainer {

    private static final int MAX_VARIANT_CHARS = 4000;
    private SignatureExplainer() {
    }

    /** Same as {@link #explain} but only the report. */
    public static String report(String method, String uri, String clientId, String time, byte[] body,
                                String signatureHeader, PublicKey publicKey) {
        return explain(method, uri, clientId, time, body, signatureHeader, publicKey).report();
    }

    /**
     * @param method HTTP method as the verifier sees it ({@code POST})
     * @param uri path plus query as the verifier sees it
     * @param clientId the {@code Client-Id} header value received
     * @param time the {@code Request-Time} (or {@code Response-Time}) header value received
     * @param body the raw body bytes received
     * @param signatureHeader the {@code Signature} header value, or {@code null} to only show the string to sign
     * @param publicKey the signer's public key, or {@code null} to skip checking
     */
    public static Explanation explain(String method, String uri, String clientId, String time, byte[] body,
                                      String signatureHeader, PublicKey publicKey) {
        SigningInput input = new SigningInput(method, uri, clientId, time, body);
        byte[] stringToSign = input.stringToSign();
        List<String> warnings = InputWarnings.of(input);
        StringBuilder r = new StringBuilder();
        describeInputs(r, input);
        r.append("\nString to sign (⏎ = LF, ␍ = CR, ␉ = TAB, · = trailing space, \\uXXXX = non-ASCII):\n")
                .append("----8<----\n").append(StringToSign.visible(stringToSign)).append("\n----8<----\n");
        r.append(String.format("%-14s%d bytes\n", "Length", stringToSign.length));
        r.append(String.format("%-14s%s\n", "SHA-256", Digests.sha256Hex(stringToSign)));
        r.append("\nWarnings\n");
        if (warnings.isEmpty()) {
            r.append("  none\n");
        }
        warnings.forEach(w -> r.append("  ! ").append(w).append('\n'));
        r.append("\nSignature\n");
        if (signatureHeader == null || signatureHeader.isBlank()) {
            r.append("  no Signature header given: only the string to sign is shown\n");
            return new Explanation(Status.NOT_CHECKED, null, warnings, r.toString());
        }
        SignatureHeader header;
        try {
            header = SignatureHeader.parse(signatureHeader);
        } catch (MalformedSignatureHeaderException e) {
            return invalid(r, warnings, "malformed Signature header: " + e.getMessage()
                    + " (expected: algorithm=RSA256, keyVersion=1, signature=<URL-encoded Base64>)");
        }
        describeHeader(r, signatureHeader, header);
        if (!SignatureHeader.RSA256.equals(header.algorithm())) {
            return invalid(r, warnings, "unsupported algorithm '" + header.algorithm() + "': D-Store uses RSA256 "
                    + "(SHA256withRSA)");
        }
        if (publicKey == null) {
            r.append("  no public key given: the signature cannot be checked\n");
            return new Explanation(Status.NOT_CHECKED, null, warnings, r.toString());
        }
        describeKey(r, publicKey);
        List<VariantSearch.SignatureReading> readings = VariantSearch.readings(header.signature());
        if (readings.isEmpty() || readings.get(0).cause() != null) {
            r.append("  signature value is not standard Base64 as given\n");
        }
        if (readings.isEmpty()) {
            return invalid(r, warnings, "the signature value is not Base64, even after the usual repairs "
                    + "(URL-decoding again, '+' for spaces, URL-safe alphabet)");
        }
        VariantSearch.SignatureReading asGiven = readings.get(0);
        if (asGiven.cause() == null && VariantSearch.verifies(publicKey, stringToSign, asGiven.bytes())) {
            r.append(String.format("  %-12s%s\n", "Result", "VALID: the signature verifies with this public key"));
            return new Explanation(Status.VALID, null, warnings, r.toString());
        }
        r.append(String.format("  %-12s%s\n", "Result", "INVALID: the signature does not verify over the string to sign above"));
        VariantSearch.Match match = VariantSearch.search(publicKey, input, readings);
        if (match != null) {
            List<String> causes = new ArrayList<>();
            if (match.signature().cause() != null) {
                causes.add(match.signature().cause());
            }
            causes.addAll(match.candidate().causes());
            String cause = String.join("; and ", causes);
            r.append("\nLikely cause: ").append(cause).append('\n');
            if (!match.candidate().causes().isEmpty()) {
                r.append("\nThe signature verifies over this string to sign instead (")
                        .append(match.candidate().stringToSign().length).append(" bytes, SHA-256 ")
                        .append(Digests.sha256Hex(match.candidate().stringToSign())).append("):\n----8<----\n")
                        .append(shorten(StringToSign.visible(match.candidate().stringToSign()))).append("\n----8<----\n");
            }
            return new Explanation(Status.INVALID, cause, warnings, r.toString());
        }
        String cause = noMatchCause(publicKey, asGiven, readings.get(0).bytes(), stringToSign);
        r.append("\nLikely cause: ").append(cause).append('\n');
        return new Explanation(Status.INVALID, cause, warnings, r.toString());
    }

    // ---- report sections ----------------------------------------------------------------------------------

    private static void describeInputs(StringBuilder r, SigningInput in) {
        r.append(String.format("%-14s%s\n", "Method", in.method()));
        r.append(String.format("%-14s%s\n", "URI", in.uri()));
        r.append(String.format("%-14s%s\n", "Client-Id", in.clientId()));
        String timeNote;
        try {
            Instant t = RequestTimes.parse(in.time());
            boolean epoch = !in.time().isEmpty() && in.time().strip().chars().allMatch(Character::isDigit);
            timeNote = (epoch ? "epoch milliseconds" : "ISO 8601") + " = " + t;
        } catch (DateTimeParseException e) {
            timeNote = "not ISO 8601 nor epoch milliseconds";
        }
        r.append(String.format("%-14s%s  (%s)\n", "Request-Time", in.time(), timeNote));
        String json = JsonFormatting.problem(in.body()) == null ? "valid JSON" : "not valid JSON";
        r.append(String.format("%-14s%d bytes, %s\n", "Body", in.body().length, json));
    }

    private static void describeHeader(StringBuilder r, String raw, SignatureHeader header) {
        String rawValue = rawSignatureValue(raw);
        String encoding;
        if (rawValue.indexOf('%') >= 0) {
            encoding = "URL-encoded";
        } else if (rawValue.matches(".*[+/=].*")) {
            encoding = "plain Base64, not URL-encoded (accepted here, but D-Store sends %2B, %2F, %3D)";
        } else {
            encoding = "no characters that need URL-encoding";
        }
        r.append(String.format("  %-12salgorithm=%s, keyVersion=%s\n", "Header", header.algorithm(), header.keyVersion()));
        r.append(String.format("  %-12s%d characters, %s\n", "Value", header.signature().length(), encoding));
    }

    private static void describeKey(StringBuilder r, PublicKey key) {
        String size = key instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() + " bits" : "size unknown";
        r.append(String.format("  %-12s%s %s, SHA-256 of its X.509 encoding %s\n", "Public key",
                key.getAlgorithm(), size, key.getEncoded() == null ? "n/a" : Digests.sha256Hex(key.getEncoded())));
    }

    private static Explanation invalid(StringBuilder r, List<String> warnings, String cause) {
        r.append(String.format("  %-12s%s\n", "Result", "INVALID"));
        r.append("\nLikely cause: ").append(cause).append('\n');
        return new Explanation(Status.INVALID, cause, warnings, r.toString());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_VARIANT_CHARS ? text
                : text.substring(0, MAX_VARIANT_CHARS) + "… (" + (text.length() - MAX_VARIANT_CHARS) + " more characters)";
    }

    /** The signature part of the raw header, before percent-decoding. */
    private static String rawSignatureValue(String raw) {
        for (String part : raw.split(",")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("signature=")) {
                return p.substring("signature=".length()).strip();
            }
        }
        return "";
    }

    private static String noMatchCause(PublicKey key, VariantSearch.SignatureReading asGiven, byte[] signature, byte[] stringToSign) {
        if (!(key instanceof RSAPublicKey rsa)) {
            return "none of the usual mistakes explains it. Most likely a different key (the public key does not "
                    + "match the signer's private key) or a different Client-Id/Request-Time than was signed";
        }
        int expected = (rsa.getModulus().bitLength() + 7) / 8;
        if (signature.length != expected) {
            return "the signature is " + signature.length + " bytes but this " + rsa.getModulus().bitLength()
                    + "-bit key makes " + expected + "-byte signatures: a different key (of another size) made it, "
                    + "or the value was cut or damaged";
        }
        SignatureRecovery.Recovered recovered = SignatureRecovery.recover(key, signature);
        if (recovered == null) {
            return "different key: the public key does not match the private key that made this signature "
                    + "(wrong key pair or keyVersion, test vs. production key, or your own key used in place of the "
                    + "peer's); less likely, the signature value was damaged on the way"
                    + (asGiven.cause() == null ? "" : " (" + asGiven.cause() + ")");
        }
        if (!recovered.isSha256()) {
            return "wrong hash: the key matches, but the signer used " + recovered.hashAlgorithm().replace("-", "")
                    + "withRSA; D-Store requires SHA256withRSA";
        }
        return "different Client-Id/Request-Time (or body/URI) than signed: the key matches (the signature opens "
                + "with this public key), so the signer signed other bytes. SHA-256 of what was signed: "
                + hex(recovered.digest()) + "; of the string to sign above: " + Digests.sha256Hex(stringToSign)
                + ". Have the signer print its exact string to sign and compare byte for byte";
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

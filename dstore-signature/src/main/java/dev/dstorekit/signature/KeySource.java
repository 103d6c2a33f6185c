package dev.dstorekit.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a configured key value into either PEM text or DER bytes. The value may be the key itself (PEM, or
 * one line of base64 DER as D-Store hands keys out) or the path of a file holding one; PEM that lost its line
 * breaks in an environment variable (spaces or literal {@code \n}) is repaired.
 */
final class KeySource {

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    /** What was found: exactly one of {@code pem} and {@code der} is set; {@code origin} is for messages. */
    record Content(String pem, byte[] der, String origin) {
    }

    private KeySource() {
    }

    static Content resolve(String textOrPath, String setting) {
        if (textOrPath == null || textOrPath.isBlank()) {
            throw new InvalidKeyException(setting, "no key configured (empty value)");
        }
        String value = textOrPath.strip();
        if (value.contains("-----BEGIN")) {
            return new Content(normalizePem(value), null, "inline PEM");
        }
        Path file = asExistingFile(value);
        if (file != null) {
            return fromFile(file, setting);
        }
        byte[] der = base64(value);
        if (der != null) {
            return new Content(null, der, "inline base64");
        }
        if (looksLikePath(value)) { // '.', '\\' and ':' never occur in key material, so echoing it is safe
            throw new InvalidKeyException(setting, "no such key file: " + value);
        }
        throw new InvalidKeyException(setting, "neither a key (PEM or base64 DER) nor the path of an existing file"
                + " (the value has " + value.length() + " characters)");
    }

    private static Content fromFile(Path file, String setting) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidKeyException(setting, "cannot read key file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        String origin = "file " + file;
        if (bytes.length > 0 && bytes[0] == 0x30) { // binary DER starts with a SEQUENCE tag
            return new Content(null, bytes, origin);
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.contains("-----BEGIN")) {
            return new Content(normalizePem(text), null, origin);
        }
        byte[] der = base64(text);
        if (der != null) {
            return new Content(null, der, origin);
        }
        throw new InvalidKeyException(setting, origin + " holds neither PEM nor base64 DER");
    }

    private static boolean looksLikePath(String value) {
        return value.length() < 1024 && value.chars().noneMatch(Character::isWhitespace)
                && value.chars().anyMatch(c -> c == '.' || c == '\\' || c == ':');
    }

    private static Path asExistingFile(String value) {
        if (value.length() > 4096 || value.indexOf('\n') >= 0) {
            return null;
        }
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        try {
            Path path = Path.of(expanded);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /** Standard Base64 with any whitespace removed, or {@code null} if it is not Base64. */
    private static byte[] base64(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Re-wraps each PEM block's base64 at 64 columns, so PEM flattened into one line (by an environment
     * variable or a YAML scalar) parses. Blocks with headers ({@code Proc-Type:}) are left alone.
     */
    static String normalizePem(String text) {
        String unescaped = text.replace("\\r", "").replace("\\n", "\n");
        Matcher m = PEM_BLOCK.matcher(unescaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String type = m.group(1);
            String body = m.group(2);
            out.append("-----BEGIN ").append(type).append("-----\n");
            if (body.indexOf(':') >= 0) {
                out.append(body.strip()).append('\n');
            } else {
                String compact = body.replaceAll("\\s+", "");
                for (int i = 0; i < compact.length(); i += 64) {
                    out.append(compact, i, Math.min(compact.length(), i + 64)).append('\n');
                }
            }
            out.append("-----END ").append(type).append("-----\n");
        }
        return out.length() == 0 ? unescaped : out.toString();
    }
}

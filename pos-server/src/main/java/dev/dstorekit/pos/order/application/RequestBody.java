package dev.dstorekit.pos.order.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The raw bytes of a request as received, kept for the record and hashed to tell a true replay from a reuse of the
 * idempotency key with another body.
 *
 * @param text   the body as UTF-8 text
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record RequestBody(String text, String sha256) {

    public static RequestBody of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new RequestBody(new String(bytes, StandardCharsets.UTF_8), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

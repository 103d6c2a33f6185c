package dev.dstorekit.signature;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * New bearer tokens: 32 bytes from {@link SecureRandom} (256 bits), base64url without padding, 43 characters that
 * survive a shell, a URL and an HTTP header unquoted.
 */
public final class RandomTokens {

    /** Bytes of randomness in a token. */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package dev.dstorekit.pos.merchant;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a merchant API token ({@code pos.merchants[].api-token}) to its account. Tokens are kept as SHA-256
 * digests and compared in constant time against every configured token, so neither memory dumps nor response
 * timing give a token away. A merchant without a token cannot use the merchant API.
 */
@Singleton
public class MerchantTokens {

    private record Entry(byte[] digest, String posAccountId) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public MerchantTokens(ApiTokens tokens) {
        tokens.tokensByAccount().forEach((account, token) -> entries.add(new Entry(digest(token), account)));
    }

    public Optional<String> account(String token) {
        byte[] presented = digest(token);
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented)) {
                match = entry.posAccountId();
            }
        }
        return Optional.ofNullable(match);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

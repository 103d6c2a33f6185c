package dev.dstorekit.signature;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomTokensTest {

    @Test
    void tokensAreLongDistinctAndSafeInAHeader() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = RandomTokens.generate();
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            tokens.add(token);
        }
        assertEquals(100, tokens.size());
    }
}

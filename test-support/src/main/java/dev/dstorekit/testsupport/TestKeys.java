package dev.dstorekit.testsupport;

import dev.dstorekit.signature.RsaKeys;

import java.security.Key;
import java.security.KeyPair;
import java.util.Base64;

/**
 * Key pairs generated once per test JVM; nothing here is a real key. D-Store signs its requests with
 * {@link #DSTORE}'s private key and the POS verifies with its public key; the POS signs its answers with
 * {@link #POS}'s private key.
 */
public final class TestKeys {

    public static final KeyPair DSTORE = generate();
    public static final KeyPair POS = generate();
    /** A key nobody trusts, for signatures that must be refused. */
    public static final KeyPair STRANGER = generate();

    private TestKeys() {
    }

    /** The key's encoding in Base64 (PKCS#8 for a private key, as D-Store hands them out; X.509 for a public one). */
    public static String base64(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static KeyPair generate() {
        return generate(2048);
    }

    public static KeyPair generate(int bits) {
        return RsaKeys.generate(bits);
    }
}

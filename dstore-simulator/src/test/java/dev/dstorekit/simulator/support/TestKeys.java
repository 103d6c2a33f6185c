package dev.dstorekit.simulator.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * RSA key pairs generated once per test JVM: D-Store's (the simulator's) and the POS's. Nothing here is a real key.
 */
public final class TestKeys {

    public static final String CLIENT_ID = "TEST_SIM_CLIENT_0001";
    public static final KeyPair DSTORE = generate();
    public static final KeyPair POS = generate();
    /** A key neither side trusts. */
    public static final KeyPair STRANGER = generate();

    private TestKeys() {
    }

    public static String base64Private(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    public static String base64Public(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** The simulator's signature configuration for these keys. */
    public static Map<String, String> simulatorProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("simulator.client-id", CLIENT_ID);
        properties.put("simulator.dstore-private-key", base64Private(DSTORE));
        properties.put("simulator.pos.public-key", base64Public(POS));
        return properties;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

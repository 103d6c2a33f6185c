package dev.dstorekit.simulator.support;

import dev.dstorekit.testsupport.TestKeys;

import java.util.HashMap;
import java.util.Map;

/** The simulator's signature configuration for the test keys: it signs as D-Store and trusts the POS's key. */
public final class TestSignature {

    public static final String CLIENT_ID = "TEST_SIM_CLIENT_0001";

    private TestSignature() {
    }

    /** The simulator's signature configuration for these keys. */
    public static Map<String, String> simulatorProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("simulator.client-id", CLIENT_ID);
        properties.put("simulator.dstore-private-key", TestKeys.base64(TestKeys.DSTORE.getPrivate()));
        properties.put("simulator.pos.public-key", TestKeys.base64(TestKeys.POS.getPublic()));
        return properties;
    }
}

package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.fakedstore.Received;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import dev.dstorekit.testsupport.TestKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on the calls the fake D-Store received, made independently of the filters that signed and verified them. */
public final class Calls {

    private Calls() {
    }

    /** The call verifies under the POS public key over the exact bytes received, with the POS's Client-Id. */
    public static void assertSignedByPos(Received call) {
        assertEquals(PosServer.CLIENT_ID, call.clientId(), "Client-Id of " + call);
        Verification verification = new RsaSignatureVerifier(TestKeys.POS.getPublic())
                .verify("POST", call.path(), call.clientId(), call.requestTime(), call.body(), call.signature());
        assertTrue(verification.valid(), "signature of " + call + ": " + verification);
    }

    /** The JSON object has exactly these keys. */
    public static void assertKeys(JsonNode node, String... keys) {
        assertEquals(new TreeSet<>(List.of(keys)), keys(node), node.toString());
    }

    public static Set<String> keys(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The orderStatus of each call, in arrival order. */
    public static List<String> statuses(List<Received> calls) {
        List<String> statuses = new ArrayList<>();
        calls.forEach(c -> statuses.add(c.json().path("orderStatus").asText()));
        return statuses;
    }
}

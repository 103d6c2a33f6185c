package dev.dstorekit.conformance;

import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings are read with defaults, and every bad value is refused naming its key, without echoing key material. */
class ConformanceConfigTest {

    static Map<String, String> minimal() {
        Map<String, String> settings = new HashMap<>();
        settings.put(Settings.TARGET, "https://pos.example.com/base/");
        settings.put(Settings.CLIENT_ID, "CLIENT");
        settings.put(Settings.DSTORE_PRIVATE_KEY, TestKeys.base64(TestKeys.DSTORE.getPrivate()));
        settings.put(Settings.POS_PUBLIC_KEY, TestKeys.base64(TestKeys.POS.getPublic()));
        settings.put(Settings.POS_ACCOUNT_ID, "A");
        settings.put(Settings.POS_STORE_ID, "S");
        return settings;
    }

    static ConformanceConfig read(Map<String, String> settings) {
        return ConformanceConfig.from(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void defaultsAreTheEightSecondBudgetAndTwentyTimingCalls() {
        ConformanceConfig config = read(minimal());

        assertEquals(Duration.ofSeconds(8), config.createOrderBudget());
        assertEquals(20, config.timingCalls());
        assertEquals(List.of(), config.productIds());
        assertEquals(0, config.dstorePort());
        assertFalse(config.toString().contains(TestKeys.base64(TestKeys.DSTORE.getPrivate()).substring(0, 40)));
    }

    @Test
    void productIdsAndDurationsAreParsed() {
        Map<String, String> settings = minimal();
        settings.put(Settings.PRODUCT_IDS, " P1, P2 ,P1,");
        settings.put(Settings.CREATE_ORDER_BUDGET, "1500ms");
        settings.put(Settings.OUTBOUND_WAIT, "PT2S");

        ConformanceConfig config = read(settings);

        assertEquals(List.of("P1", "P2"), config.productIds());
        assertEquals(Duration.ofMillis(1500), config.createOrderBudget());
        assertEquals(Duration.ofSeconds(2), config.outboundWait());
    }

    @Test
    void theSeedIsDrawnUnlessGivenAndTheGeneratedRequestsHaveDefaults() {
        ConformanceConfig drawn = read(minimal());
        Map<String, String> settings = minimal();
        settings.put(Settings.SEED, "4711");
        settings.put(Settings.GENERATED_REQUESTS, "3");

        ConformanceConfig given = read(settings);

        assertFalse(drawn.generator().seedGiven());
        assertTrue(drawn.generator().seed() > 0);
        assertEquals(20, drawn.generator().requests());
        assertEquals(40, drawn.generator().maxLines());
        assertEquals(4711, given.generator().seed());
        assertTrue(given.generator().seedGiven());
        assertEquals(3, given.generator().requests());
        assertEquals("--seed 4711 (-Ddstore.conformance.seed=4711)", given.generator().reproduce());
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        Map<String, String> missing = minimal();
        missing.remove(Settings.POS_STORE_ID);
        assertMessage(missing, "dstore.conformance.pos-store-id: required but not set");

        Map<String, String> badKey = minimal();
        badKey.put(Settings.DSTORE_PRIVATE_KEY, TestKeys.base64(TestKeys.DSTORE.getPublic()));
        assertMessage(badKey, "dstore.conformance.dstore-private-key: holds a public key");

        Map<String, String> badTarget = minimal();
        badTarget.put(Settings.TARGET, "ftp://pos.example.com");
        assertMessage(badTarget, "dstore.conformance.target: not an http(s) URL");

        Map<String, String> badCalls = minimal();
        badCalls.put(Settings.TIMING_CALLS, "0");
        assertMessage(badCalls, "dstore.conformance.timing-calls: expected a positive whole number");

        Map<String, String> badSeed = minimal();
        badSeed.put(Settings.SEED, "lucky");
        assertMessage(badSeed, "dstore.conformance.seed: expected a whole number");

        Map<String, String> badRequests = minimal();
        badRequests.put(Settings.GENERATED_REQUESTS, "-1");
        assertMessage(badRequests, "dstore.conformance.generated-requests: expected a positive whole number");

        Map<String, String> badBudget = minimal();
        badBudget.put(Settings.CREATE_ORDER_BUDGET, "soon");
        assertMessage(badBudget, "dstore.conformance.create-order-budget: expected a duration");
    }

    private static void assertMessage(Map<String, String> settings, String start) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> read(settings));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}

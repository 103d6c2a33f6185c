package dev.dstorekit.pos.config;

import dev.dstorekit.pos.merchant.MerchantTokens;
import dev.dstorekit.pos.outbox.application.OutboxSettings;
import dev.dstorekit.pos.store.MerchantDirectory;
import dev.dstorekit.pos.store.StoreConfig;
import dev.dstorekit.pos.support.ConfigurationProbe;
import dev.dstorekit.pos.support.Failures;
import dev.dstorekit.pos.support.Merchant;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.signature.CryptoProviders;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.testsupport.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad configuration stops start-up with a message that names the key; good configuration is read from anywhere. */
class ConfigurationTest {

    static final Object REMOVE = new Object();

    static Stream<Arguments> badConfigurations() {
        String weakKey = RsaKeys.pem(TestKeys.generate(1024).getPublic());
        return Stream.of(
                Arguments.of("dstore.client-id", REMOVE, "dstore.client-id: not set"),
                Arguments.of("dstore.client-id", " padded ", "dstore.client-id: has leading or trailing whitespace"),
                Arguments.of("dstore.public-key", REMOVE, "dstore.public-key: not set"),
                Arguments.of("dstore.public-key", "c29tZXRoaW5nIGVsc2U=", "dstore.public-key: not a key"),
                Arguments.of("dstore.public-key", weakKey, "dstore.public-key: not an RSA key of at least 2048 bits (got 1024)"),
                Arguments.of("dstore.public-key", RsaKeys.pem(TestKeys.DSTORE.getPrivate()), "dstore.public-key: inline PEM holds a private key"),
                Arguments.of("dstore.public-key", "/nonexistent/dstore.pem", "dstore.public-key: no such key file"),
                Arguments.of("pos.private-key", REMOVE, "pos.private-key: not set"),
                Arguments.of("pos.private-key", RsaKeys.pem(TestKeys.POS.getPublic()), "pos.private-key: inline PEM holds a public key"),
                Arguments.of("dstore.request-time-tolerance", "soon", "dstore.request-time-tolerance: 'soon' is not a duration"),
                Arguments.of("dstore.gateway-url", "dstore-gateway", "dstore.gateway-url: 'dstore-gateway' is not an absolute http(s) URL"),
                Arguments.of("dstore.pds-gateway-url", "ftp://pds", "dstore.pds-gateway-url: 'ftp://pds' is not an absolute http(s) URL"),
                Arguments.of("dstore.request-timeout", "never", "dstore.request-timeout: 'never' is not a duration"),
                Arguments.of("pos.outbox.poll-interval", "often", "pos.outbox.poll-interval: 'often' is not a duration"),
                Arguments.of("pos.outbox.initial-backoff", "0s", "pos.outbox.initial-backoff: must be positive"),
                Arguments.of("pos.outbox.max-backoff", "100ms", "pos.outbox.max-backoff: must not be shorter than pos.outbox.initial-backoff"),
                Arguments.of("pos.outbox.max-attempts", "0", "pos.outbox.max-attempts: must be at least 1"),
                Arguments.of("pos.outbox.batch-size", "many", "pos.outbox.batch-size: 'many' is not a whole number"),
                Arguments.of("pos.outbox.lease", "15s", "pos.outbox.lease: must be at least twice dstore.request-timeout"),
                Arguments.of("pos.merchants[0].pos-account-id", REMOVE, "pos.merchants[0].pos-account-id: not set"),
                Arguments.of("pos.merchants[1].pos-account-id", PosServer.ACCOUNT, "pos.merchants[1].pos-account-id: '" + PosServer.ACCOUNT + "' is already used by pos.merchants[0]"),
                Arguments.of("pos.merchants[0].pos-account-id", "M".repeat(65), "pos.merchants[0].pos-account-id: longer than 64"),
                Arguments.of("pos.merchants[0].stores[1].pos-store-id", PosServer.AUTO_STORE, "pos.merchants[0].stores[1].pos-store-id: duplicate store id"),
                Arguments.of("pos.merchants[0].stores[0].pos-store-id", REMOVE, "pos.merchants[0].stores[0].pos-store-id: not set"),
                Arguments.of("pos.merchants[0].stores[0].auto-accept", "yes", "pos.merchants[0].stores[0].auto-accept: 'yes' is not true or false"),
                Arguments.of("pos.merchants[1].api-token", Merchant.TOKEN, "pos.merchants[1].api-token: the same token is already given to pos.merchants[0]"),
                Arguments.of("pos.merchants[0].api-token", "s3cret-but-only-31-characters-x", "pos.merchants[0].api-token: the token is shorter than 32 characters"),
                Arguments.of("pos.merchants[0].api-token-file", "/nonexistent/token", "pos.merchants[0].api-token-file: set either it or pos.merchants[0].api-token, not both"),
                Arguments.of("pos.merchants[1].stores[0].pos-store-id", PosServer.AUTO_STORE, "pos.merchants[1].stores[0].pos-store-id: duplicate store id '" + PosServer.AUTO_STORE + "' (also pos.merchants[0].stores[0]); a store id belongs to one merchant account only"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badConfigurations")
    void badValueStopsStartUpWithAMessageNamingTheKey(String key, Object value, String expected) {
        Map<String, Object> properties = properties();
        if (value == REMOVE) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }

        String message = startFailure(properties);

        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
    }

    @Test
    void aShortMerchantTokenStopsStartUpWithoutBeingRepeated() {
        Map<String, Object> properties = properties();
        properties.put("pos.merchants[1].api-token", "guessable-token");

        String message = startFailure(properties);

        assertTrue(message.contains("pos.merchants[1].api-token: the token is shorter than 32 characters"), message);
        assertFalse(message.contains("guessable-token"), message);
    }

    @Test
    void aMerchantTokenMayComeFromAFileAndIsCheckedThere(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("merchant-token"), Merchant.TOKEN + "\n");
        Map<String, Object> properties = properties();
        properties.remove("pos.merchants[0].api-token");
        properties.put("pos.merchants[0].api-token-file", file.toString());

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            assertEquals(Optional.of(PosServer.ACCOUNT), context.getBean(MerchantTokens.class).account(Merchant.TOKEN));
        }
        Files.writeString(file, "short\n");
        assertTrue(startFailure(properties).contains("pos.merchants[0].api-token-file: the token is shorter than 32"));
        properties.put("pos.merchants[0].api-token-file", dir.resolve("missing").toString());
        assertTrue(startFailure(properties).contains("pos.merchants[0].api-token-file: cannot read"));
    }

    @Test
    void theOutboxRunsOnTheDocumentedDefaults() {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties()).start()) {
            assertEquals(new OutboxSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(5), 20,
                    Duration.ofSeconds(60), 10), context.getBean(OutboxSettings.class));
        }
    }

    @Test
    void theCryptoProviderIsTheHealthiestAvailableUnlessTheJdkIsForcedAndIsExported() {
        Map<String, Object> properties = properties();
        try (ApplicationContext chosen = ApplicationContext.builder().properties(properties).start()) {
            String expected = CryptoProviders.choose(false).name();
            assertEquals(1.0, chosen.getBean(MeterRegistry.class).get("pos.crypto.provider").tag("provider", expected)
                    .gauge().value());
        }
        properties.put("pos.crypto.force-jdk", "true");
        try (ApplicationContext forced = ApplicationContext.builder().properties(properties).start()) {
            assertEquals(1.0, forced.getBean(MeterRegistry.class).get("pos.crypto.provider").tag("provider", "JDK")
                    .gauge().value());
            assertTrue(forced.getBean(SignatureSettings.class).signer().algorithmProvider().contains("SunRsaSign"),
                    forced.getBean(SignatureSettings.class).signer().algorithmProvider());
        }
    }

    @Test
    void merchantWithoutStoresStopsStartUp() {
        Map<String, Object> properties = properties();
        properties.keySet().removeIf(k -> k.startsWith("pos.merchants[1].stores"));

        assertTrue(startFailure(properties).contains("pos.merchants[1].stores: merchant '" + PosServer.OTHER_ACCOUNT
                + "' has no stores"));
    }

    @Test
    void noMerchantsStopsStartUp() {
        Map<String, Object> properties = properties();
        properties.keySet().removeIf(k -> k.startsWith("pos.merchants"));

        assertTrue(startFailure(properties).contains("pos.merchants: not set"));
    }

    @Test
    void keysMayBeBase64DerOrFilesAndTheToleranceIsConfigurable(@TempDir Path dir) throws Exception {
        Path keyFile = Files.writeString(dir.resolve("pos.pem"), RsaKeys.pem(TestKeys.POS.getPrivate()));
        Map<String, Object> properties = properties();
        properties.put("dstore.public-key", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        properties.put("pos.private-key", keyFile.toString());
        properties.put("dstore.request-time-tolerance", "90s");

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            SignatureSettings settings = context.getBean(SignatureSettings.class);
            assertEquals(PosServer.CLIENT_ID, settings.clientId());
            assertEquals(Duration.ofSeconds(90), settings.tolerance());
        }
    }

    @Test
    void everyKeyCanComeFromEnvironmentVariables(@TempDir Path dir) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), Merchant.TOKEN);
        Map<String, String> environment = new HashMap<>();
        environment.put("DSTORE_CLIENT_ID", "ENV_CLIENT");
        environment.put("DSTORE_PUBLIC_KEY", RsaKeys.pem(TestKeys.DSTORE.getPublic()));
        environment.put("POS_PRIVATE_KEY", TestKeys.base64(TestKeys.POS.getPrivate()));
        environment.put("DSTORE_REQUEST_TIME_TOLERANCE", "120s");
        environment.put("POS_MERCHANTS_0__POS_ACCOUNT_ID", "ENV-ACCOUNT");
        environment.put("POS_MERCHANTS_0__STORES_0__POS_STORE_ID", "ENV-STORE-A");
        environment.put("POS_MERCHANTS_0__STORES_0__AUTO_ACCEPT", "true");
        environment.put("POS_MERCHANTS_0__STORES_1__POS_STORE_ID", "ENV-STORE-B");
        environment.put("POS_MERCHANTS_0__API_TOKEN_FILE", token.toString());
        environment.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:env;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        environment.put("MICRONAUT_SERVER_HOST", "0.0.0.0");

        String output = probe(environment);

        assertTrue(output.contains("CLIENT ENV_CLIENT"), output);
        assertTrue(output.contains("TOLERANCE PT2M"), output);
        assertTrue(output.contains("TOKENS [ENV-ACCOUNT]"), output);
        assertTrue(output.contains("HOST 0.0.0.0"), "the environment overrides the loopback default: " + output);
        assertTrue(output.contains("STORES [StoreConfig[posAccountId=ENV-ACCOUNT, posStoreId=ENV-STORE-A, autoAccept=true],"
                + " StoreConfig[posAccountId=ENV-ACCOUNT, posStoreId=ENV-STORE-B, autoAccept=false]]"), output);
    }

    @Test
    void merchantsCanComeFromAFileGivenByMicronautConfigFiles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pos.yml"), """
                pos:
                  merchants:
                    - pos-account-id: FILE-ACCOUNT
                      stores:
                        - pos-store-id: FILE-STORE
                          auto-accept: true
                """);
        Map<String, String> environment = new HashMap<>();
        environment.put("MICRONAUT_CONFIG_FILES", file.toString());
        environment.put("DSTORE_CLIENT_ID", "FILE_CLIENT");
        environment.put("DSTORE_PUBLIC_KEY", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        environment.put("POS_PRIVATE_KEY", RsaKeys.pem(TestKeys.POS.getPrivate()));
        environment.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:file;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

        String output = probe(environment);

        assertTrue(output.contains("STORES [StoreConfig[posAccountId=FILE-ACCOUNT, posStoreId=FILE-STORE, autoAccept=true]]"),
                output);
        assertTrue(output.contains("HOST 127.0.0.1"), "loopback unless configured: " + output);
    }

    @Test
    void startUpErrorsNameTheEnvironmentVariableToo() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("DSTORE_PUBLIC_KEY", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        environment.put("POS_PRIVATE_KEY", RsaKeys.pem(TestKeys.POS.getPrivate()));
        environment.put("POS_MERCHANTS_0__POS_ACCOUNT_ID", "ENV-ACCOUNT");
        environment.put("POS_MERCHANTS_0__STORES_0__POS_STORE_ID", "ENV-STORE-A");
        environment.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:err;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

        String output = probe(environment);

        assertTrue(output.contains("FAILED"), output);
        assertTrue(output.contains("dstore.client-id: not set;"), output);
        assertTrue(output.contains("(environment variable DSTORE_CLIENT_ID)"), output);
    }

    @Test
    void dottedIndexPropertiesReplaceTheListAndMayNotHaveGaps() {
        Map<String, Object> properties = properties();
        properties.put("pos.merchants.0.pos-account-id", "DOTTED-ACCOUNT");
        properties.put("pos.merchants.0.stores.0.pos-store-id", "DOTTED-STORE");

        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            assertEquals(List.of(new StoreConfig("DOTTED-ACCOUNT", "DOTTED-STORE", false)),
                    context.getBean(MerchantDirectory.class).allStores());
        }
        properties.put("pos.merchants.2.pos-account-id", "STRAY");
        assertTrue(startFailure(properties).contains("pos.merchants[1]: missing, but pos.merchants[2] is set"));
    }

    @Test
    void gapInTheMerchantListStopsStartUp() {
        Map<String, Object> properties = properties();
        properties.put("pos.merchants[0].stores[3].pos-store-id", "STRAY");

        String message = startFailure(properties);

        assertTrue(message.contains("pos.merchants[0].stores[2]: missing, but pos.merchants[0].stores[3] is set"), message);
    }

    @Test
    void environmentVariableNamesFollowMicronautsListConvention() {
        assertEquals("POS_MERCHANTS_0__STORES_1__POS_STORE_ID",
                new ConfigKey("pos.merchants[0].stores[1].pos-store-id").environmentVariable());
        assertEquals("DSTORE_REQUEST_TIME_TOLERANCE", new ConfigKey("dstore.request-time-tolerance").environmentVariable());
    }

    /** Starts {@link ConfigurationProbe} in a child JVM with exactly this environment (plus PATH/HOME). */
    static String probe(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConfigurationProbe.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "probe did not finish: " + output);
        return output;
    }

    /** A valid configuration on a private in-memory database; tests change one key. */
    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(PosServer.baseProperties());
        properties.put("datasources.default.url", "jdbc:h2:mem:config-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return properties;
    }

    static String startFailure(Map<String, Object> properties) {
        Exception e = assertThrows(Exception.class, () -> ApplicationContext.builder().properties(properties).start().close());
        return Failures.messages(e);
    }
}

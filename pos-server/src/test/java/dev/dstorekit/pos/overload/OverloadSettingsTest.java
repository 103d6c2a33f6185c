package dev.dstorekit.pos.overload;

import dev.dstorekit.pos.support.PosServer;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overload keys: documented defaults derived from the pool, and a bad value named at start-up. */
class OverloadSettingsTest {

    @Test
    void theDefaultsFollowThePoolAndKeepEveryWaitInsideTheDeadline() {
        Map<String, Object> properties = properties();
        properties.remove("datasources.default.connection-timeout");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            OverloadSettings settings = context.getBean(OverloadSettings.class);

            assertEquals(new OverloadSettings(Duration.ofSeconds(5),
                    new OverloadSettings.Limits(10, 100, Duration.ofSeconds(1), Duration.ofMillis(20)),
                    new OverloadSettings.Limits(5, 50, Duration.ofSeconds(2), Duration.ofMillis(200)),
                    new OverloadSettings.DatabaseTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
                            Duration.ofSeconds(30))), settings);
            long poolWait = context.getBean(DatasourceConfiguration.class).getConnectionTimeout();
            assertEquals(1500, poolWait, "application.yml's pool wait");
            Duration longest = settings.dstore().maxWait().plusMillis(poolWait).plus(settings.database().statementTimeout());
            assertTrue(longest.compareTo(settings.answerDeadline()) <= 0, longest + " fits in " + settings.answerDeadline());
        }
    }

    @Test
    void theDStorePermitsFollowAConfiguredPoolSize() {
        Map<String, Object> properties = properties();
        properties.put("datasources.default.maximum-pool-size", 4);
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            OverloadSettings settings = context.getBean(OverloadSettings.class);
            assertEquals(4, settings.dstore().permits());
            assertEquals(2, settings.merchant().permits());
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "pos.overload.answer-deadline | 8s | pos.overload.answer-deadline: must stay under D-Store's 8 s",
            "pos.overload.answer-deadline | soon | pos.overload.answer-deadline: 'soon' is not a duration",
            "pos.overload.dstore.permits | 0 | pos.overload.dstore.permits: must be at least 1",
            "pos.overload.dstore.queue | -1 | pos.overload.dstore.queue: must be at least 0",
            "pos.overload.dstore.max-wait | 5s | pos.overload.dstore.max-wait: must be shorter than pos.overload.answer-deadline",
            "pos.overload.dstore.standing-queue-wait | 2s | pos.overload.dstore.standing-queue-wait: must not be longer than pos.overload.dstore.max-wait",
            "pos.overload.merchant.permits | many | pos.overload.merchant.permits: 'many' is not a whole number",
            "pos.overload.database.lock-timeout | 3s | pos.overload.database.lock-timeout: must not be longer than pos.overload.database.statement-timeout",
            "pos.overload.database.statement-timeout | 0s | pos.overload.database.statement-timeout: must be positive"})
    void badValueStopsStartUpWithAMessageNamingTheKey(String key, String value, String expected) {
        Map<String, Object> properties = properties();
        properties.put(key, value);

        Exception e = assertThrows(Exception.class, () -> ApplicationContext.builder().properties(properties).start().close());

        assertTrue(messages(e).contains(expected), "expected '" + expected + "' in: " + messages(e));
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(PosServer.baseProperties());
        properties.put("datasources.default.url", "jdbc:h2:mem:overload-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return properties;
    }

    static String messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return String.join(" <- ", messages);
    }
}

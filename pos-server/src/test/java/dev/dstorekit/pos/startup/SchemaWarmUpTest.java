package dev.dstorekit.pos.startup;

import dev.dstorekit.api.answer.RequestSchemas;
import dev.dstorekit.pos.merchant.web.MerchantRequestSchemas;
import io.micronaut.scheduling.ScheduledExecutorTaskScheduler;
import io.micronaut.scheduling.TaskScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchemaWarmUpTest {

    private static final byte[] FRACTIONAL_QUANTITY = """
            {"requestOrderId":"1","posAccountId":"MER-1","posStoreId":"STORE-1","orderChannel":"DSTORE","channelOrderId":"c-1",
             "serviceType":"PICKUP","expectFulfillmentTime":"2023-08-28T22:16:07+08:00",
             "orderProducts":[{"posProductId":"CR-ROAST","quantity":2.7,"unitPrice":{"value":450,"currency":"SGD"},"totalAmount":{"value":450,"currency":"SGD"}}],
             "orderAmount":{"value":450,"currency":"SGD"}}""".getBytes(StandardCharsets.UTF_8);
    private static final Optional<String> EXPECTED = Optional.of("orderProducts[0].quantity: number found, integer expected");

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final TaskScheduler scheduler = new ScheduledExecutorTaskScheduler(executor);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void requestsArrivingDuringTheWarmUpAreAnsweredAsAfterIt() throws Exception {
        RequestSchemas schemas = new RequestSchemas();
        SchemaWarmUp warmUp = new SchemaWarmUp(schemas, new MerchantRequestSchemas(), scheduler);

        Future<?> warming = executor.submit(warmUp::warmUp);
        Future<Optional<String>> during = executor.submit(() -> schemas.firstProblem("/v2/pos/createOrder", FRACTIONAL_QUANTITY));

        assertEquals(EXPECTED, during.get());
        warming.get();
        assertEquals(EXPECTED, schemas.firstProblem("/v2/pos/createOrder", FRACTIONAL_QUANTITY));
    }

    @Test
    void aFailedWarmUpLeavesTheLoadAndItsErrorToTheFirstRequest() {
        RequestSchemas missing = new RequestSchemas("no-such-spec.yaml");
        SchemaWarmUp warmUp = new SchemaWarmUp(missing, new MerchantRequestSchemas(), scheduler);

        assertDoesNotThrow(warmUp::warmUp);
        assertThrows(RuntimeException.class, () -> missing.firstProblem("/v2/pos/createOrder", FRACTIONAL_QUANTITY));
    }
}

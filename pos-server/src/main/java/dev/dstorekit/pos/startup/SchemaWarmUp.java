package dev.dstorekit.pos.startup;

import dev.dstorekit.api.answer.RequestSchemas;
import dev.dstorekit.pos.merchant.web.MerchantRequestSchemas;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Loads the request schemas (D-Store's and the merchant API's) on a background thread once the server listens. Parsing
 * the specs and compiling their schemas takes longer than a whole createOrder; done lazily it fell on the first
 * request, done eagerly it would delay start-up. A request arriving before the warm-up ends waits for the same load,
 * so it is answered exactly as later ones; a warm-up that fails leaves the load to that request, which reports it.
 */
@Singleton
public class SchemaWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaWarmUp.class);

    private final RequestSchemas dstoreSchemas;
    private final MerchantRequestSchemas merchantSchemas;
    private final ExecutorService executor;

    public SchemaWarmUp(RequestSchemas dstoreSchemas, MerchantRequestSchemas merchantSchemas,
                        @Named(TaskExecutors.IO) ExecutorService executor) {
        this.dstoreSchemas = dstoreSchemas;
        this.merchantSchemas = merchantSchemas;
        this.executor = executor;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        executor.execute(this::warmUp);
    }

    void warmUp() {
        long started = System.nanoTime();
        try {
            dstoreSchemas.warmUp();
            merchantSchemas.warmUp();
            LOG.debug("request schemas loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("request schemas could not be loaded ahead of the first request: {}", e.toString());
        }
    }
}

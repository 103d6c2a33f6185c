package dev.dstorekit.pos.startup;

import dev.dstorekit.api.answer.RequestSchemas;
import dev.dstorekit.pos.merchant.web.MerchantRequestSchemas;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Loads the request schemas (D-Store's and the merchant API's) on a background thread shortly after the server
 * listens. Parsing the specs and compiling their schemas costs about a second of CPU on a cold JVM; done lazily it fell
 * on the first request, done eagerly it would delay start-up. It waits {@link #DELAY} so that, on two busy cores, it
 * does not compete with the first answers (/health among them): started at once it delayed readiness by 0.4-0.9 s.
 * A request arriving before the warm-up ends waits for the same load, so it is answered exactly as later ones; a
 * warm-up that fails leaves the load to that request, which reports it.
 */
@Singleton
public class SchemaWarmUp {

    static final Duration DELAY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SchemaWarmUp.class);

    private final RequestSchemas dstoreSchemas;
    private final MerchantRequestSchemas merchantSchemas;
    private final TaskScheduler scheduler;

    public SchemaWarmUp(RequestSchemas dstoreSchemas, MerchantRequestSchemas merchantSchemas, TaskScheduler scheduler) {
        this.dstoreSchemas = dstoreSchemas;
        this.merchantSchemas = merchantSchemas;
        this.scheduler = scheduler;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        scheduler.schedule(DELAY, this::warmUp);
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

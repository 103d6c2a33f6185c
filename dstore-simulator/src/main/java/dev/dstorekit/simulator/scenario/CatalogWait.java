package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreService;
import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.generate.OrderGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Before a run places orders, an orderable catalog of an open store must have arrived (the POS's syncProduct). */
@Singleton
class CatalogWait {

    private final CatalogRepository catalogs;
    private final StoreService stores;
    private final SimulatorSettings settings;

    CatalogWait(CatalogRepository catalogs, StoreService stores, SimulatorSettings settings) {
        this.catalogs = catalogs;
        this.stores = stores;
        this.settings = settings;
    }

    /** Waits up to {@code wait} (real time); returns the generator over the catalogs there are. */
    OrderGenerator await(Duration wait, RunListener listener) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            List<Catalog> open = catalogs.all().stream().filter(catalog -> stores.open(catalog.store())).toList();
            OrderGenerator generator = new OrderGenerator(open, settings.zone());
            if (generator.hasStores()) {
                listener.line("catalogs: " + generator.stores().stream().map(c -> c.store() + " (" + c.products().size() + " products)")
                        .collect(Collectors.joining(", ")));
                return generator;
            }
            if (System.nanoTime() > deadline) {
                throw new ScenarioException("no orderable catalog arrived within " + wait.toSeconds()
                        + " s: make the POS send a full syncProduct (AVAILABLE SINGLE products with prices) to this simulator");
            }
            if (!told) {
                listener.line("waiting up to " + wait.toSeconds() + " s for the POS to sync a catalog (syncProduct)…");
                told = true;
            }
            Thread.sleep(200);
        }
    }
}

package dev.dstorekit.simulator.state;

import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreRepository;
import dev.dstorekit.simulator.idempotency.AnswerStore;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wipes every repository the simulator keeps its state in. */
@Singleton
public class SandboxCleanSlate implements CleanSlate {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCleanSlate.class);

    private final StoreRepository stores;
    private final CatalogRepository catalogs;
    private final PdsStoreRepository pdsStores;
    private final OrderRepository orders;
    private final AnswerStore answers;
    private final ViolationLog violations;
    private final MessageJournal journal;

    public SandboxCleanSlate(StoreRepository stores, CatalogRepository catalogs, PdsStoreRepository pdsStores,
                             OrderRepository orders, AnswerStore answers, ViolationLog violations, MessageJournal journal) {
        this.stores = stores;
        this.catalogs = catalogs;
        this.pdsStores = pdsStores;
        this.orders = orders;
        this.answers = answers;
        this.violations = violations;
        this.journal = journal;
    }

    @Override
    public void wipe() {
        journal.clear();
        violations.clear();
        answers.clear();
        orders.clear();
        catalogs.clear();
        stores.clear();
        pdsStores.clear();
        LOG.info("Sandbox reset: every store, catalog, order, answer, violation and journal entry forgotten");
    }
}

package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.OrderSummary;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.flow.OrderFlow;
import dev.dstorekit.simulator.scenario.flow.OrderRun;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Places one order of a run and runs its flow: generated from the catalogs at a store the flow fits (one not known to
 * auto-accept for a flow that needs manual acceptance, …), and placed again at another store when the POS showed the
 * store to be of the wrong kind.
 */
@Singleton
class OrderPlacement {

    private final OrderRepository orders;
    private final AcceptanceKnowledge acceptance;
    private final MerchantDriver merchant;
    private final OrderFlow flow;

    OrderPlacement(OrderRepository orders, AcceptanceKnowledge acceptance, MerchantDriver merchant, OrderFlow flow) {
        this.orders = orders;
        this.acceptance = acceptance;
        this.merchant = merchant;
        this.flow = flow;
    }

    /** The {@code index}th order of the run, following {@code template}. */
    void place(ScenarioRun run, RunOutcome outcome, OrderGenerator generator, OrderTemplate template, int index) {
        outcome.flows.incrementAndGet();
        Boolean wanted = template.wantedAutoAccept(merchant.present());
        Predicate<Catalog> filter = wanted == null ? catalog -> true
                : catalog -> acceptance.autoAccepts(catalog.store()).map(wanted::equals).orElse(true);
        long seed = run.options().seed() * 1_000_003L + template.name().hashCode() * 7_919L + index;
        int stores = Math.max(1, generator.stores().size());
        try {
            for (int attempt = 0; attempt < stores; attempt++) {
                String requestOrderId = run.runId() + String.format("%03d%d", index, attempt);
                Optional<SimOrder> placed = generator.generate(requestOrderId, template.profile(), seed, Instant.now(), filter)
                        .map(request -> new SimOrder(request, run.runId(), template.name()));
                if (placed.isEmpty()) {
                    outcome.notApplicable.incrementAndGet();
                    run.listener().line(run.elapsed() + " order " + index + " (" + template.name() + "): not applicable, "
                            + (Boolean.FALSE.equals(wanted) ? "every store with a catalog auto-accepts and this flow needs manual acceptance"
                            : "no store with a catalog auto-accepts and no merchant driver (--merchant-driver) can accept orders"));
                    return;
                }
                SimOrder order = placed.get();
                String label = run.scenario().rush() == null && template.count() == 1 ? template.name() : template.name() + "#" + index;
                OrderRun orderRun = new OrderRun(order, template, label, run.clock(), run.listener());
                orders.add(order);
                order.log("NOTE", "flow", template.name() + ": " + OrderSummary.of(order.request()));
                outcome.outcomes.put(requestOrderId, flow.run(orderRun));
                if (orderRun.reachedPos()) {
                    outcome.reachedPos.set(true);
                }
                if (!orderRun.needsAnotherStore()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            outcome.finished.incrementAndGet();
        }
    }
}

package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.AcceptanceKnowledge;
import jakarta.inject.Singleton;

/**
 * Whether the store createOrder reached is the kind the flow needs: one that does not auto-accept for a flow that
 * needs manual acceptance, one that does when no merchant driver can accept. At the wrong kind the buyer cancels and
 * the runner places the order at another store; what each store does is remembered for the next orders.
 */
@Singleton
final class StoreFit {

    private final AcceptanceKnowledge acceptance;
    private final MerchantActions merchant;
    private final PushStep push;

    StoreFit(AcceptanceKnowledge acceptance, MerchantActions merchant, PushStep push) {
        this.acceptance = acceptance;
        this.merchant = merchant;
        this.push = push;
    }

    void learned(SimOrder order, boolean autoAccept) {
        acceptance.learned(order.store(), autoAccept);
    }

    /** Cancels the order and stops its flow when its store is of the wrong kind. */
    void check(OrderRun run) throws InterruptedException {
        Boolean wanted = run.template().wantedAutoAccept(merchant.present());
        if (wanted == null || wanted.equals(run.order().autoAccept())) {
            return;
        }
        run.log("NOTE", "createOrder", (wanted ? "this store does not auto-accept and no merchant driver can accept the order"
                : "this store auto-accepts but the flow needs manual acceptance")
                + ": the buyer cancels and the order is placed at another store");
        push.cancel(run, "buyer cancelled");
        run.tryAnotherStore();
        run.stop(wanted ? "store needs a merchant to accept; tried another store" : "store auto-accepts; tried another store");
    }
}

package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.order.OrderStatus;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.scenario.Durations;
import dev.dstorekit.simulator.violation.ViolationKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The notifications the POS owes D-Store, each within its time (simulated): a status the merchant's action or the
 * POS itself brings about, a delivery status. One that does not come is recorded here, for these and for an
 * acceptance or a refund, and the flow stops.
 */
@Singleton
final class Expectations {

    private static final String NOTIFY = "notifyOrderChange";

    private final OrderViolations violations;
    private final InquireStep inquiry;
    private final MerchantActions merchant;
    private final Duration notificationTimeout;

    Expectations(OrderViolations violations, InquireStep inquiry, MerchantActions merchant, SimulatorSettings settings) {
        this.violations = violations;
        this.inquiry = inquiry;
        this.merchant = merchant;
        this.notificationTimeout = settings.notificationTimeout();
    }

    /** The step's own time to wait, or {@code simulator.notification-timeout}. */
    Duration within(@Nullable Duration given) {
        return given != null ? given : notificationTimeout;
    }

    /** The notification D-Store waited for did not come. */
    void missing(OrderRun run, String details) {
        violations.record(run.order(), ViolationKind.EXPECTED_NOTIFICATION_MISSING, NOTIFY, details);
    }

    /** The order's status reaches {@code target} (or beyond it on the success path); otherwise D-Store inquires. */
    void status(OrderRun run, OrderStatus target, Duration within) throws InterruptedException {
        SimOrder order = run.order();
        boolean settled = run.await(o -> reachedOrBeyond(o, target) || (o.status().terminal() && !o.status().successPath()), within);
        if (settled && reachedOrBeyond(order, target)) {
            run.note(target + " notified");
            return;
        }
        if (settled) {
            run.stop("ended " + order.status() + " instead of reaching " + target);
            return;
        }
        missing(run, "no orderStatus " + target + " within " + Durations.text(within) + " (simulated)"
                + (merchant.present() ? " after the merchant's action" : " (no merchant driver: the POS was expected to report it on its own)")
                + "; the order is " + order.status());
        inquiry.check(run, null);
        run.stop("stopped waiting for " + target);
    }

    void delivery(OrderRun run, String target, Duration within) throws InterruptedException {
        if (run.await(o -> target.equals(o.deliveryStatus()), within)) {
            run.note("deliveryStatus " + target + " notified");
            return;
        }
        missing(run, "no deliveryStatus " + target + " within " + Durations.text(within) + " (simulated); last reported: "
                + run.order().deliveryStatus());
        run.stop("stopped waiting for deliveryStatus " + target);
    }

    private static boolean reachedOrBeyond(SimOrder order, OrderStatus target) {
        return order.reached(target) || (target.successPath() && order.status().successPath() && order.status().rank() >= target.rank());
    }
}

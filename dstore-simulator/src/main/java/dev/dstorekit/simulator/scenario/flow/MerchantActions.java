package dev.dstorekit.simulator.scenario.flow;

import dev.dstorekit.simulator.merchant.MerchantDriver;
import dev.dstorekit.simulator.order.OrderViolations;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.violation.ViolationKind;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant acting on an order through the merchant driver. An action the POS refuses (or a driver that cannot
 * reach it) is a violation and ends the flow at once: the change D-Store waits for can no longer be reported.
 */
@Singleton
final class MerchantActions {

    private final MerchantDriver driver;
    private final OrderViolations violations;

    MerchantActions(MerchantDriver driver, OrderViolations violations) {
        this.driver = driver;
        this.violations = violations;
    }

    /** Whether a merchant driver plays the merchant; without one the POS must act on its own. */
    boolean present() {
        return driver.present();
    }

    /**
     * @param extra the action's own variables, e.g. {@code status}
     * @return false when the action was tried and failed (the flow is stopped)
     */
    boolean perform(OrderRun run, String action, Map<String, String> extra) {
        if (!driver.present()) {
            return true;
        }
        MerchantDriver.Result result = driver.perform(action, variables(run.order(), extra));
        run.log(result.performed() ? "MERCHANT" : "NOTE", action, (result.ok() ? "" : "failed: ") + result.summary());
        if (result.performed() && !result.ok()) {
            violations.record(run.order(), ViolationKind.MERCHANT_ACTION_FAILED, action, "the merchant's " + action + " "
                    + actionText(extra) + "did not go through: " + result.summary());
            run.stop("the merchant's " + action + " failed");
            return false;
        }
        return true;
    }

    private static Map<String, String> variables(SimOrder order, Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>();
        variables.put("requestOrderId", order.requestOrderId());
        variables.put("posOrderId", String.valueOf(order.posOrderId()));
        variables.put("posAccountId", order.store().posAccountId());
        variables.put("posStoreId", order.store().posStoreId());
        variables.put("channel", order.channel());
        variables.put("serviceType", order.serviceType());
        variables.put("currency", order.paid().currency());
        variables.put("orderAmount", String.valueOf(order.paid().value()));
        variables.putAll(extra);
        return variables;
    }

    private static String actionText(Map<String, String> extra) {
        for (String key : List.of("status", "deliveryStatus", "amount", "shortOrderNumber", "readyTime")) {
            if (extra.containsKey(key)) {
                return "(" + key + "=" + extra.get(key) + ") ";
            }
        }
        return "";
    }
}

package dev.dstorekit.simulator.merchant;

import java.util.Map;

/**
 * Plays the merchant, which the D-Store API does not cover: accepting, preparing, completing, refunding,
 * reporting the rider. Without a driver the simulator only waits for the POS to send notifyOrderChange on its own.
 */
public interface MerchantDriver {

    /** The outcome of one action. {@code performed} is false when the driver has no such action. */
    record Result(boolean performed, boolean ok, String summary) {
    }

    boolean present();

    /**
     * @param action    {@code status}, {@code refund}, {@code delivery-status}, or any action a script defines
     * @param variables the order's variables ({@code posOrderId}, {@code requestOrderId}, {@code posAccountId},
     *                  {@code posStoreId}, …) and the action's ({@code status}, {@code amount}, {@code currency}, …)
     */
    Result perform(String action, Map<String, String> variables);
}

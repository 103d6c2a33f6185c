package dev.dstorekit.simulator.merchant;

import java.util.Map;

/** No merchant: the POS is expected to report every change on its own. */
public final class NoMerchantDriver implements MerchantDriver {

    @Override
    public boolean present() {
        return false;
    }

    @Override
    public Result perform(String action, Map<String, String> variables) {
        return new Result(false, true, "no merchant driver; waiting for the POS to act on its own");
    }
}

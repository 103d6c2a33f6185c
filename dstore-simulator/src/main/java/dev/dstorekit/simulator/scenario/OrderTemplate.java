package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.generate.OrderProfile;

import java.util.List;

/** Orders of one kind in a scenario: how many, what they look like, and the flow each goes through. */
public record OrderTemplate(String name, int count, OrderProfile profile, List<Step> flow) {

    /**
     * Whether the flow needs the merchant to act (preparing, completing, refunding, delivering). Accepting an
     * order needs one only at a store that does not auto-accept.
     */
    public boolean needsMerchant() {
        return flow.stream().anyMatch(step -> step instanceof Step.Advance || step instanceof Step.Deliver || step instanceof Step.Refund);
    }

    public boolean wantsManualAcceptance() {
        return flow.stream().anyMatch(step -> step instanceof Step.Create create && Boolean.FALSE.equals(create.wantAutoAccept()));
    }

    /** Whether an order that is not auto-accepted must be accepted by the merchant for this flow to go on. */
    public boolean needsMerchantAcceptance() {
        return flow.stream().anyMatch(step -> step instanceof Step.Accept accept && accept.merchant());
    }

    /**
     * The kind of store this flow needs: false = one that does not auto-accept, true = one that does (when no merchant
     * driver can accept orders), null = any.
     */
    public Boolean wantedAutoAccept(boolean merchantDriver) {
        if (wantsManualAcceptance()) {
            return Boolean.FALSE;
        }
        return needsMerchantAcceptance() && !merchantDriver ? Boolean.TRUE : null;
    }
}

package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.math.BigInteger;
import java.util.List;

/**
 * One top-level line of an order.
 *
 * @param unitPrice   price of one unit without modifiers; absent only on lines of a GrabFood modification
 * @param totalAmount what the line costs as D-Store computed it
 */
public record OrderLine(String posProductId,
                        @Nullable String name,
                        int quantity,
                        @Nullable Money unitPrice,
                        Money totalAmount,
                        List<Modifier> modifiers,
                        @Nullable String remark) {

    public OrderLine {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /**
     * {@code quantity × (unitPrice + Σ modifiers)}: what the line should cost by the amount rule. Exact: quantities and
     * prices up to 2³¹ − 1 each, multiplied through nested modifiers, go far beyond 64 bits.
     */
    public BigInteger expectedTotal() {
        BigInteger unit = BigInteger.valueOf(unitPrice == null ? 0 : unitPrice.value());
        for (Modifier modifier : modifiers) {
            unit = unit.add(modifier.amountPerParentUnit());
        }
        return unit.multiply(BigInteger.valueOf(quantity));
    }
}

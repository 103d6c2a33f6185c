package dev.dstorekit.pos.order.domain;

import dev.dstorekit.contract.AmountRule;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

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

    /** The line as the amount rule prices it (a missing unit price counts as 0) and its stated total. */
    public AmountRule.Line amounts() {
        return new AmountRule.Line(new AmountRule.Part(quantity, unitPrice == null ? 0 : unitPrice.value(),
                modifiers.stream().map(Modifier::part).toList()), totalAmount.value());
    }
}

package dev.dstorekit.pos.order.domain;

import dev.dstorekit.contract.AmountRule;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigInteger;
import java.util.List;

/**
 * A modifier chosen for a line or for another modifier; stored with its line as JSON.
 *
 * @param quantity per one unit of the parent
 */
@Serdeable
public record Modifier(String posProductId,
                       @Nullable String name,
                       int quantity,
                       Money unitPrice,
                       @Nullable String groupId,
                       List<Modifier> modifiers) {

    public Modifier {
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    /** {@code quantity × unit amount}: what this modifier adds to one unit of its parent (the spec's amount rule), exactly. */
    public BigInteger amountPerParentUnit() {
        return part().total();
    }

    /** This modifier and its own, as the amount rule prices them. */
    public AmountRule.Part part() {
        return new AmountRule.Part(quantity, unitPrice.value(), modifiers.stream().map(Modifier::part).toList());
    }
}

package dev.dstorekit.pos.order.domain;

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

    /** {@code unitPrice + Σ(child.quantity × child unit amount)}, recursively (the spec's amount rule), exactly. */
    public BigInteger unitAmount() {
        BigInteger sum = BigInteger.valueOf(unitPrice.value());
        for (Modifier child : modifiers) {
            sum = sum.add(child.amountPerParentUnit());
        }
        return sum;
    }

    /** {@code quantity × unit amount}: what this modifier adds to one unit of its parent. */
    public BigInteger amountPerParentUnit() {
        return unitAmount().multiply(BigInteger.valueOf(quantity));
    }
}

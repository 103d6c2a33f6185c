package dev.dstorekit.pos.order.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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

    /** {@code unitPrice + Σ(child.quantity × child unit amount)}, recursively (the spec's amount rule). */
    public long unitAmount() {
        long sum = unitPrice.value();
        for (Modifier child : modifiers) {
            sum += child.quantity() * child.unitAmount();
        }
        return sum;
    }
}

package dev.dstorekit.simulator.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** An amount in minor units with its ISO 4217 currency, as the spec's Amount. */
@Serdeable
public record Money(long value, String currency) {

    @Override
    public String toString() {
        return value + " " + currency;
    }
}

package dev.dstorekit.pos.shared;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An amount in minor units with its ISO 4217 currency. {@code long} so that sums of many int amounts cannot overflow.
 *
 * @param value    minor units, never negative on the wire
 * @param currency e.g. SGD
 */
@Serdeable
public record Money(long value, String currency) {

    @Override
    public String toString() {
        return value + " " + currency;
    }
}

package dev.dstorekit.simulator.catalog;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in minor units with its ISO 4217 currency, as the spec's Amount. */
@Serdeable
public record Money(long value, String currency) {

    /** For people: {@code 4.50 SGD} (minor units shifted by the currency's digits; unknown currencies as they are). */
    public String display() {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 0;
        }
        return BigDecimal.valueOf(value, digits).toPlainString() + " " + currency;
    }

    @Override
    public String toString() {
        return value + " " + currency;
    }
}

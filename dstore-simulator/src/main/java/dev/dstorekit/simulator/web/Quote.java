package dev.dstorekit.simulator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The amounts of a basket as D-Store computes them for createOrder (the spec's amount rule), or why it cannot be
 * ordered.
 *
 * @param problem what the customer must change, naming the line or field; null when the basket can be paid
 */
@Serdeable
record Quote(List<QuoteLine> lines, String productAmount, @Nullable String deliveryFee, @Nullable String discount,
             String orderAmount, @Nullable String problem) {

    @Serdeable
    record QuoteLine(String name, int quantity, List<String> modifiers, String total) {
    }
}

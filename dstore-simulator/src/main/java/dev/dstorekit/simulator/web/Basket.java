package dev.dstorekit.simulator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the customer chose on the storefront, as its script sends it: lines of synced products with their modifiers,
 * and how the order is fulfilled.
 *
 * @param serviceType  PICKUP, DINEIN or DELIVERY
 * @param pickupTime   the chosen slot (ISO offset date-time) for PICKUP
 * @param tableNo      the table for DINEIN
 * @param address      the delivery address for DELIVERY
 */
@Serdeable
record Basket(@Nullable List<Line> lines,
              @Nullable String serviceType,
              @Nullable String pickupTime,
              @Nullable String tableNo,
              @Nullable String address,
              @Nullable String customerName,
              @Nullable String phoneNo,
              @Nullable String remark) {

    /** @param modifiers posProductIds of the chosen modifiers, one unit each */
    @Serdeable
    record Line(@Nullable String posProductId, @Nullable Integer quantity, @Nullable List<String> modifiers) {
    }
}

package dev.dstorekit.simulator.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A storefront order as the customer follows it: D-Store's view, changed by each notifyOrderChange.
 *
 * @param steps the success path with the steps reached, for the progress bar
 */
@Serdeable
record OrderState(String requestOrderId,
                  @Nullable String posOrderId,
                  String status,
                  boolean terminal,
                  @Nullable String shortOrderNumber,
                  @Nullable String readyTime,
                  @Nullable String deliveryStatus,
                  String paid,
                  @Nullable String refunded,
                  int notifications,
                  List<Step> steps) {

    @Serdeable
    record Step(String status, boolean reached) {
    }
}

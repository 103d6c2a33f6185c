package dev.dstorekit.simulator.order;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One event in an order's life as the simulator saw it.
 *
 * @param direction {@code OUT} (a call to the POS), {@code IN} (a call from the POS), {@code MERCHANT} (merchant
 *                  driver), {@code NOTE} (the simulator's own decision or observation), {@code VIOLATION}
 * @param operation e.g. {@code createOrder}
 * @param summary   what happened, e.g. {@code S SUCCESS posOrderId=P-1 autoAccept=true (212 ms)}
 */
@Serdeable
public record TimelineEntry(Instant at, String direction, String operation, String summary) {
}

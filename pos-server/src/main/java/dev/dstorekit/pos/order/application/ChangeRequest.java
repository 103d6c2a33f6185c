package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.order.domain.OrderChange;

/** A change to apply once, with who sent it and the body to record in the history. */
public record ChangeRequest(OrderChange change, ChangeSource source, RequestBody body) {
}

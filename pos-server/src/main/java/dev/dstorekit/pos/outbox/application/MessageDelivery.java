package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.outbox.domain.DeliveryResult;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;

/** Sends one message to D-Store, signed, and says what came of it; never throws for D-Store's or the network's trouble. */
public interface MessageDelivery {

    DeliveryResult deliver(OutboundOperation operation, String payload);
}

package dev.dstorekit.simulator.support;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.ServiceType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test-data builder for orders D-Store created. */
public final class Orders {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Orders() {
    }

    /** A paid DSTORE pickup order of 2 × 450 SGD cents, with a unique requestOrderId. */
    public static CreateOrderRequest pickup() {
        return order(ServiceType.PICKUP, null);
    }

    public static CreateOrderRequest order(ServiceType serviceType, DeliveryProvider provider) {
        String id = "T" + SEQUENCE.incrementAndGet();
        CreateOrderRequest request = new CreateOrderRequest(id, "MER-AHSENG-0001", "STORE-MAXWELL-0123", OrderChannel.DSTORE, id,
                serviceType, OffsetDateTime.of(2024, 3, 15, 12, 30, 0, 0, ZoneOffset.ofHours(8)),
                List.of(new OrderProduct("CR-ROAST", 2, new Amount(450, "SGD"), new Amount(900, "SGD"))),
                new Amount(900, "SGD"));
        return request.deliveryProvider(provider);
    }
}

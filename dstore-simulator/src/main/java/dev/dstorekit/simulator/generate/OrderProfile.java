package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.ServiceType;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What kind of order to generate: the channels and service types to pick from, who delivers (null: the usual
 * for the channel), and how many units the order must hold at least (a GrabFood modification needs two).
 */
public record OrderProfile(List<OrderChannel> channels,
                           List<ServiceType> serviceTypes,
                           @Nullable DeliveryProvider deliveryProvider,
                           int minUnits) {

    public OrderProfile {
        channels = channels == null || channels.isEmpty() ? List.of(OrderChannel.values()) : List.copyOf(channels);
        serviceTypes = serviceTypes == null || serviceTypes.isEmpty() ? List.of(ServiceType.values()) : List.copyOf(serviceTypes);
        minUnits = Math.max(1, minUnits);
    }

    public static OrderProfile any() {
        return new OrderProfile(List.of(), List.of(), null, 1);
    }
}

package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.fault.FaultRule;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A scenario file: orders to create and the flows they go through (or a {@link Rush}), faults to inject on the
 * simulator's endpoints meanwhile, and a default clock speed.
 *
 * @param source where it was read from ({@code classpath:scenarios/…} or a file)
 */
public record Scenario(String name,
                       String description,
                       @Nullable Double clockSpeed,
                       List<OrderTemplate> orders,
                       @Nullable Rush rush,
                       List<FaultRule> faults,
                       String source) {

    public boolean needsMerchant() {
        return orders.stream().anyMatch(OrderTemplate::needsMerchant);
    }
}

package dev.dstorekit.simulator.order;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.simulator.catalog.Money;

import java.util.ArrayList;
import java.util.List;

/** An order in one line, as its flow's first note shows it. */
public final class OrderSummary {

    private OrderSummary() {
    }

    /** e.g. {@code DSTORE PICKUP at ACC/ST: 2× Roasted Chicken Rice (Regular) [Braised egg], 1× Kopi [Kosong]; 10.30 SGD}. */
    public static String of(CreateOrderRequest request) {
        List<String> lines = new ArrayList<>();
        for (OrderProduct line : request.getOrderProducts()) {
            List<String> modifiers = new ArrayList<>();
            modifierNames(line.getModifiers(), modifiers);
            lines.add(line.getQuantity() + "× " + (line.getName() != null ? line.getName() : line.getPosProductId())
                    + (modifiers.isEmpty() ? "" : " [" + String.join(", ", modifiers) + "]"));
        }
        return request.getOrderChannel() + " " + request.getServiceType()
                + (request.getDeliveryProvider() == null ? "" : " by " + request.getDeliveryProvider())
                + (request.getTableNo() == null ? "" : " (table " + request.getTableNo() + ")")
                + " at " + request.getPosAccountId() + "/" + request.getPosStoreId() + ": " + String.join(", ", lines) + "; "
                + new Money(request.getOrderAmount().getValue(), request.getOrderAmount().getCurrency()).display();
    }

    private static void modifierNames(List<OrderProductModifier> modifiers, List<String> into) {
        if (modifiers == null) {
            return;
        }
        for (OrderProductModifier modifier : modifiers) {
            String name = modifier.getName() != null ? modifier.getName() : modifier.getPosProductId();
            List<String> nested = new ArrayList<>();
            modifierNames(modifier.getModifiers(), nested);
            into.add((modifier.getQuantity() > 1 ? modifier.getQuantity() + "× " : "") + name
                    + (nested.isEmpty() ? "" : " (" + String.join(", ", nested) + ")"));
        }
    }
}

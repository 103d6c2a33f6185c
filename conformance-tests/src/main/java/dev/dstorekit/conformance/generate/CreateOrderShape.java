package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The createOrder contract rules about which members an order has, beyond the schema (the spec's createOrder
 * description and member descriptions): a DELIVERY order has a deliveryAddress; deliveryProvider is for DELIVERY
 * only, tableNo for DINEIN only. Everything else as {@code next} decides.
 */
record CreateOrderShape(Shape next) implements Shape {

    @Override
    public boolean present(String path, ObjectNode parent) {
        String serviceType = parent.path("serviceType").asText("");
        return switch (path) {
            case "deliveryAddress" -> serviceType.equals("DELIVERY");
            case "deliveryProvider" -> serviceType.equals("DELIVERY") && next.present(path, parent);
            case "tableNo" -> serviceType.equals("DINEIN") && next.present(path, parent);
            default -> next.present(path, parent);
        };
    }

    @Override
    public int items(String path, int depth) {
        return next.items(path, depth);
    }

    @Override
    public int entries(String path) {
        return next.entries(path);
    }
}

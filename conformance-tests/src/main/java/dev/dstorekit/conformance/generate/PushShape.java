package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which changes a generated pushOrderChange carries (at least one: a push that changes nothing is refused, as the
 * spec documents), and no more modified lines than the order has. Everything else as {@code next} decides.
 */
record PushShape(boolean status, boolean delivery, boolean modification, boolean refund, int lines, Shape next)
        implements Shape {

    @Override
    public boolean present(String path, ObjectNode parent) {
        return switch (path) {
            case "orderStatus" -> status;
            case "deliveryStatus" -> delivery;
            case "updatedOrderProducts" -> modification;
            case "refundInfo" -> refund;
            default -> next.present(path, parent);
        };
    }

    @Override
    public int items(String path, int depth) {
        int items = next.items(path, depth);
        return path.equals("updatedOrderProducts") ? Math.max(1, Math.min(items, lines)) : items;
    }

    @Override
    public int entries(String path) {
        return next.entries(path);
    }
}

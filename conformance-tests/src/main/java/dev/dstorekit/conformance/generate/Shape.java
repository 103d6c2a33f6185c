package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The structure of a generated request: which optional members are there and how long arrays and maps are.
 * Decisions are keyed by path, like {@link Leaves}, so a request can be rebuilt with other leaves and the same shape.
 */
interface Shape {

    /**
     * Whether the optional member at {@code path} is present; {@code parent} holds the members built so far, in the
     * schema's order, for rules that depend on them (a delivery address for a DELIVERY order).
     */
    boolean present(String path, ObjectNode parent);

    /**
     * How many items the array at {@code path} has; {@code depth} counts the arrays above it (0 for the order's
     * lines, 1 for a line's modifiers, 2 for modifiers of modifiers).
     */
    int items(String path, int depth);

    /** How many entries the map (an object with only additionalProperties) at {@code path} has. */
    int entries(String path);
}

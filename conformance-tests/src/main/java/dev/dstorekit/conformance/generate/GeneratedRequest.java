package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.orders.OrderFactory;

import java.util.List;

/**
 * A generated, schema-valid request and what makes it an edge.
 *
 * @param operation the operation it is for
 * @param kind      which edge, e.g. {@code maxLengthNonBmp} or {@code push}
 * @param index     its number within the case (0-based)
 * @param seed      the request's own seed (derived from the run's seed, the kind and the index)
 * @param edge      the createOrder edge it was built for, or {@code null}
 * @param body      the request
 * @param edges     the leaves at an edge
 * @param summary   its shape in words, e.g. {@code DELIVERY on GRABFOOD, 2 lines, 3 modifiers, 9 kB}
 */
public record GeneratedRequest(Operation operation, String kind, int index, long seed, Edge edge, ObjectNode body,
                               List<EdgeLeaf> edges, String summary) {

    public GeneratedRequest {
        edges = List.copyOf(edges);
    }

    /** The bytes sent: compact JSON, the same every time. */
    public byte[] bytes() {
        return OrderFactory.bytes(body);
    }

    /** {@code createOrder maxLengthNonBmp #3 (DELIVERY on GRABFOOD, 2 lines, 9 kB)}. */
    public String name() {
        return operation.id() + " " + kind + " #" + (index + 1) + " (" + summary + ")";
    }

    /** The first {@code n} edge leaves, then how many more. */
    public String edgesText(int n) {
        if (edges.isEmpty()) {
            return "no edge leaves";
        }
        String shown = String.join("; ", edges.subList(0, Math.min(n, edges.size())).stream().map(EdgeLeaf::toString).toList());
        return edges.size() > n ? shown + "; … " + (edges.size() - n) + " more" : shown;
    }
}

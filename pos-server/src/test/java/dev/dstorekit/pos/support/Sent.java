package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.fakedstore.FakeDStore;
import dev.dstorekit.fakedstore.Received;

import java.util.List;
import java.util.Optional;

/** Finds what the fake D-Store received for a merchant change. */
public final class Sent {

    private Sent() {
    }

    /** The requestId of the newest outbound message in an order detail. */
    public static String lastRequestId(JsonNode orderDetail) {
        JsonNode outbound = orderDetail.path("outbound");
        if (outbound.isEmpty()) {
            throw new AssertionError("no outbound message in " + orderDetail);
        }
        return outbound.get(outbound.size() - 1).path("requestId").asText();
    }

    /** Waits until the fake received a call with this requestId, and returns the first such call. */
    public static Received call(FakeDStore dstore, String requestId) {
        return Eventually.await("D-Store to receive " + requestId,
                () -> dstore.journal().all().stream().filter(r -> r.requestId().equals(requestId)).findFirst(),
                Optional::isPresent).get();
    }

    /** The call the newest message of this order detail became. */
    public static Received callFor(FakeDStore dstore, JsonNode orderDetail) {
        return call(dstore, lastRequestId(orderDetail));
    }

    public static List<Received> calls(FakeDStore dstore, String requestId) {
        return dstore.journal().all().stream().filter(r -> r.requestId().equals(requestId)).toList();
    }
}

package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Orders placed the way D-Store places them (signed createOrder), for the merchant API tests. */
public final class Orders {

    private Orders() {
    }

    /** A pickup at the manual store: it starts at ORDER_SUCCESS. @return {requestOrderId, posOrderId} */
    public static Placed manualPickup(PosServer server) {
        return place(server, OrderJson.pickup(OrderJson.newRequestOrderId())
                .set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\""));
    }

    /** A pickup at the auto-accepting store: it starts at ACCEPTED. */
    public static Placed autoPickup(PosServer server) {
        return place(server, OrderJson.pickup(OrderJson.newRequestOrderId()));
    }

    /** A DSTORE delivery of the first account that the merchant delivers itself (1999 SGD). */
    public static Placed merchantDelivery(PosServer server) {
        String id = OrderJson.newRequestOrderId();
        return place(server, OrderJson.grabDelivery(id)
                .set("posAccountId", "\"" + PosServer.ACCOUNT + "\"")
                .set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\"")
                .set("orderChannel", "\"DSTORE\"")
                .set("deliveryProvider", "\"MERCHANT\""));
    }

    /** A GrabFood delivery of the first account that the channel delivers. */
    public static Placed channelDelivery(PosServer server) {
        String id = OrderJson.newRequestOrderId();
        return place(server, OrderJson.grabDelivery(id)
                .set("posAccountId", "\"" + PosServer.ACCOUNT + "\"")
                .set("posStoreId", "\"" + PosServer.MANUAL_STORE + "\""));
    }

    /** An order of the other account. */
    public static Placed otherAccount(PosServer server) {
        return place(server, OrderJson.grabDelivery(OrderJson.newRequestOrderId()));
    }

    public static Placed place(PosServer server, OrderJson order) {
        JsonNode request = order.asNode();
        Answer answer = server.dstore().createOrder(order.json()).assertResult("S", "SUCCESS");
        return new Placed(request.path("requestOrderId").asText(), answer.field("posOrderId"));
    }

    /** An order as placed. */
    public record Placed(String requestOrderId, String posOrderId) {
    }
}

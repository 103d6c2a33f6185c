package dev.dstorekit.pos.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Test-data builder for createOrder and pushOrderChange bodies: a valid request by default, changed field by field
 * with paths like {@code orderProducts[0].quantity}.
 */
public final class OrderJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private OrderJson(ObjectNode root) {
        this.root = root;
    }

    public static String newRequestOrderId() {
        return "RO-" + UUID.randomUUID();
    }

    /**
     * A DSTORE pickup at {@link PosServer#AUTO_STORE}: 2× roasted chicken rice with an extra egg (2 × (450 + 80) =
     * 1060) and an iced lemon tea (180); packaging 30 → 1270 SGD. The amounts add up.
     */
    public static OrderJson pickup(String requestOrderId) {
        return parse("""
                {"requestOrderId":"%s","posAccountId":"%s","posStoreId":"%s",
                 "orderChannel":"DSTORE","channelOrderId":"%s","serviceType":"PICKUP",
                 "expectFulfillmentTime":"2024-03-15T12:30:00+08:00","orderTime":"2024-03-15T12:05:41+08:00",
                 "customer":{"name":"Tan Wei Ming","phoneNo":"+6591234567"},
                 "orderProducts":[
                   {"posProductId":"CR-ROAST","name":"Roasted Chicken Rice","quantity":2,
                    "unitPrice":{"value":450,"currency":"SGD"},"totalAmount":{"value":1060,"currency":"SGD"},
                    "modifiers":[{"posProductId":"MOD-EGG","name":"Extra egg","quantity":1,
                                  "unitPrice":{"value":80,"currency":"SGD"},"groupId":"MG-CR-ADDON"}],
                    "remark":"Chilli on the side"},
                   {"posProductId":"DR-LEMONTEA","name":"Iced Lemon Tea","quantity":1,
                    "unitPrice":{"value":180,"currency":"SGD"},"totalAmount":{"value":180,"currency":"SGD"}}],
                 "amountDetail":{"productAmount":{"value":1240,"currency":"SGD"},"packagingFee":{"value":30,"currency":"SGD"}},
                 "orderAmount":{"value":1270,"currency":"SGD"}}
                """.formatted(requestOrderId, PosServer.ACCOUNT, PosServer.AUTO_STORE, requestOrderId));
    }

    /** A GrabFood delivery by the channel at {@link PosServer#OTHER_STORE}: 2 laksa (1500) + 2 teh peng (400). */
    public static OrderJson grabDelivery(String requestOrderId) {
        return parse("""
                {"requestOrderId":"%s","posAccountId":"%s","posStoreId":"%s",
                 "orderChannel":"GRABFOOD","channelOrderId":"GF-%s","serviceType":"DELIVERY",
                 "expectFulfillmentTime":"2024-03-15T19:15:00+08:00",
                 "orderProducts":[
                   {"posProductId":"LK-LAKSA","name":"Katong Laksa","quantity":2,
                    "unitPrice":{"value":650,"currency":"SGD"},"totalAmount":{"value":1500,"currency":"SGD"},
                    "modifiers":[{"posProductId":"MOD-COCKLES","quantity":1,"unitPrice":{"value":100,"currency":"SGD"}}]},
                   {"posProductId":"DR-TEHPENG","name":"Teh Peng","quantity":2,
                    "unitPrice":{"value":200,"currency":"SGD"},"totalAmount":{"value":400,"currency":"SGD"}}],
                 "amountDetail":{"deliveryFee":{"value":399,"currency":"SGD"},"discountAmount":{"value":300,"currency":"SGD"}},
                 "orderAmount":{"value":1999,"currency":"SGD"},
                 "deliveryAddress":{"addressDetail":"50 Marine Parade Road","postCode":"449269"},
                 "deliveryProvider":"CHANNEL"}
                """.formatted(requestOrderId, PosServer.OTHER_ACCOUNT, PosServer.OTHER_STORE, requestOrderId));
    }

    public static OrderJson parse(String json) {
        try {
            return new OrderJson((ObjectNode) JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a field; {@code value} is JSON text, e.g. {@code "\"FOODPANDA\""} or {@code 0}. */
    public OrderJson set(String path, String jsonValue) {
        try {
            JsonNode value = JSON.readTree(jsonValue);
            Target target = target(path);
            if (target.parent() instanceof ObjectNode object) {
                object.set(target.name(), value);
            } else {
                ((ArrayNode) target.parent()).set(Integer.parseInt(target.name()), value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OrderJson remove(String path) {
        Target target = target(path);
        if (target.parent() instanceof ObjectNode object) {
            object.remove(target.name());
        } else {
            ((ArrayNode) target.parent()).remove(Integer.parseInt(target.name()));
        }
        return this;
    }

    public String json() {
        return root.toString();
    }

    public JsonNode asNode() {
        return root.deepCopy();
    }

    @Override
    public String toString() {
        return json();
    }

    private record Target(JsonNode parent, String name) {
    }

    /** {@code a.b[1].c} → the node holding {@code c}, and {@code c}. */
    private Target target(String path) {
        String[] parts = path.replace("[", ".").replace("]", "").split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
            if (node == null) {
                throw new IllegalArgumentException("no " + parts[i] + " in " + path);
            }
        }
        return new Target(node, parts[parts.length - 1]);
    }
}

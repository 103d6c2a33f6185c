package dev.dstorekit.conformance.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Builds valid requests for the configured store and catalog: amounts follow the spec's amount rule, ids are
 * new on every call, and every order is one a real customer could have placed.
 */
public final class OrderFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final String posAccountId;
    private final String posStoreId;
    private final Catalog catalog;
    private final RunIds ids;

    public OrderFactory(String posAccountId, String posStoreId, Catalog catalog, RunIds ids) {
        this.posAccountId = posAccountId;
        this.posStoreId = posStoreId;
        this.catalog = catalog;
        this.ids = ids;
    }

    public RunIds ids() {
        return ids;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A D-Store pickup order with a fresh requestOrderId: 2 × the first product, packaging fee. */
    public ObjectNode pickup() {
        return order(ids.next("order"), "DSTORE", "PICKUP");
    }

    /** An order on {@code channel} ({@code DSTORE}, {@code GRABFOOD}, {@code FOODPANDA}) for {@code serviceType}. */
    public ObjectNode order(String requestOrderId, String channel, String serviceType) {
        Catalog.Product product = catalog.first();
        ObjectNode order = header(requestOrderId, channel, serviceType);
        ArrayNode lines = order.putArray("orderProducts");
        long total = line(lines, product, 2, false);
        long packaging = 30;
        ObjectNode detail = order.putObject("amountDetail");
        detail.set("productAmount", amount(total));
        detail.set("packagingFee", amount(packaging));
        if (serviceType.equals("DELIVERY")) {
            delivery(order, channel.equals("DSTORE") ? "MERCHANT" : "CHANNEL");
        }
        order.set("orderAmount", amount(total + packaging));
        return order;
    }

    /**
     * An order using every optional field the spec defines for createOrder, so that deriving invalid requests
     * from it reaches every constraint: customer, two lines (one with a modifier when the catalog has one),
     * all amount details, a delivery address, remarks and times.
     */
    public ObjectNode rich() {
        ObjectNode order = header(ids.next("order"), "DSTORE", "DELIVERY");
        ObjectNode customer = order.putObject("customer");
        customer.put("name", "Tan Wei Ming");
        customer.put("phoneNo", "+6591234567");
        customer.put("email", "conformance@example.com");
        ArrayNode lines = order.putArray("orderProducts");
        long total = line(lines, catalog.first(), 2, true) + line(lines, catalog.second(), 1, false);
        long delivery = 399;
        long packaging = 40;
        long discount = 100;
        ObjectNode detail = order.putObject("amountDetail");
        detail.set("productAmount", amount(total));
        detail.set("deliveryFee", amount(delivery));
        detail.set("packagingFee", amount(packaging));
        detail.set("discountAmount", amount(discount));
        order.set("orderAmount", amount(total + delivery + packaging - discount));
        delivery(order, "MERCHANT");
        order.put("orderRemark", "Conformance suite order, please ignore");
        order.put("orderTime", time(0));
        return order;
    }

    /** {@code {"requestOrderId": …}}. */
    public ObjectNode inquire(String requestOrderId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("requestOrderId", requestOrderId);
        return body;
    }

    /** A pushOrderChange with a fresh requestId; add the change fields to it. */
    public ObjectNode push(String requestOrderId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("requestId", ids.next("push"));
        body.put("requestOrderId", requestOrderId);
        return body;
    }

    /** Compact JSON, the bytes that go on the wire. */
    public static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode amount(long value) {
        ObjectNode amount = JSON.createObjectNode();
        amount.put("value", value);
        amount.put("currency", catalog.first().currency());
        return amount;
    }

    private ObjectNode header(String requestOrderId, String channel, String serviceType) {
        ObjectNode order = JSON.createObjectNode();
        order.put("requestOrderId", requestOrderId);
        order.put("posAccountId", posAccountId);
        order.put("posStoreId", posStoreId);
        order.put("orderChannel", channel);
        order.put("channelOrderId", channel.equals("DSTORE") ? requestOrderId : channel.substring(0, 2) + "-" + requestOrderId);
        order.put("serviceType", serviceType);
        order.put("expectFulfillmentTime", time(30));
        return order;
    }

    /** Adds a line and returns its total. */
    private long line(ArrayNode lines, Catalog.Product product, int quantity, boolean withModifier) {
        ObjectNode line = lines.addObject();
        line.put("posProductId", product.posProductId());
        line.put("name", product.name());
        line.put("quantity", quantity);
        line.set("unitPrice", amount(product.price()));
        long unit = product.price();
        if (withModifier && !catalog.modifiers().isEmpty()) {
            Catalog.Product modifier = catalog.modifiers().get(0);
            ObjectNode m = line.putArray("modifiers").addObject();
            m.put("posProductId", modifier.posProductId());
            m.put("name", modifier.name());
            m.put("quantity", 1);
            m.set("unitPrice", amount(modifier.price()));
            unit += modifier.price();
        }
        long total = unit * quantity;
        line.set("totalAmount", amount(total));
        line.put("remark", "No chilli");
        return total;
    }

    private void delivery(ObjectNode order, String provider) {
        ObjectNode address = order.putObject("deliveryAddress");
        address.put("addressDetail", "50 Marine Parade Road, Singapore");
        address.put("blockNo", "50");
        address.put("floorNo", "08");
        address.put("unitNo", "08-12");
        address.put("postCode", "449269");
        address.put("latitude", "1.302560");
        address.put("longitude", "103.906210");
        address.put("additionalInformation", "Leave at the door");
        order.put("deliveryProvider", provider);
    }

    private static String time(int minutesFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.SECONDS).format(ISO);
    }
}

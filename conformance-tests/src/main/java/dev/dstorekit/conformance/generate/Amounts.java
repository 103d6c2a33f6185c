package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.Map;

/**
 * The spec's amount rule, computed exactly (no overflow at any size): a line's or modifier's unit amount is its
 * unitPrice plus Σ(modifier.quantity × modifier unit amount), recursively; a line's totalAmount is quantity × unit
 * amount; orderAmount is Σ totalAmount + deliveryFee + packagingFee − discountAmount.
 */
final class Amounts {

    static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final String[] FEES = {"deliveryFee", "packagingFee"};

    private Amounts() {
    }

    static BigInteger unitAmount(JsonNode item) {
        BigInteger unit = BigInteger.valueOf(item.path("unitPrice").path("value").asLong());
        for (JsonNode modifier : item.path("modifiers")) {
            unit = unit.add(BigInteger.valueOf(modifier.path("quantity").asLong()).multiply(unitAmount(modifier)));
        }
        return unit;
    }

    static BigInteger lineTotal(JsonNode line) {
        return BigInteger.valueOf(line.path("quantity").asLong()).multiply(unitAmount(line));
    }

    /** The largest quantity × unit amount of any line, for describing how far past 32 or 64 bits an order goes. */
    static BigInteger largestLineTotal(JsonNode order) {
        BigInteger largest = BigInteger.ZERO;
        for (JsonNode line : order.path("orderProducts")) {
            largest = largest.max(lineTotal(line));
        }
        return largest;
    }

    /** What the rule says orderAmount is; may be negative when the discount exceeds the rest. */
    static BigInteger expectedOrderAmount(JsonNode order) {
        BigInteger sum = BigInteger.ZERO;
        for (JsonNode line : order.path("orderProducts")) {
            sum = sum.add(lineTotal(line));
        }
        for (String fee : FEES) {
            sum = sum.add(BigInteger.valueOf(order.path("amountDetail").path(fee).path("value").asLong()));
        }
        return sum.subtract(BigInteger.valueOf(order.path("amountDetail").path("discountAmount").path("value").asLong()));
    }

    /** Every line total and the order amount are what the rule says. */
    static boolean addUp(JsonNode order) {
        for (JsonNode line : order.path("orderProducts")) {
            if (!lineTotal(line).equals(BigInteger.valueOf(line.path("totalAmount").path("value").asLong()))) {
                return false;
            }
        }
        return expectedOrderAmount(order).equals(BigInteger.valueOf(order.path("orderAmount").path("value").asLong()));
    }

    /**
     * Makes {@code order} add up: catalog products at their catalog price, each line total and the order amount as the
     * rule says, productAmount (when present) the sum of the lines, a discount no larger than the rest. When a total
     * would not fit the schema's int32, modifiers are made cheaper and quantities smaller until it does.
     *
     * @param prices catalog price of each known posProductId
     */
    static void makeAddUp(ObjectNode order, Map<String, Long> prices) {
        for (JsonNode line : order.path("orderProducts")) {
            applyPrices(line, prices);
        }
        for (int step = 0; !fits(order); step++) {
            if (step == 3) {
                throw new IllegalStateException("generator bug: cannot make the amounts of an order with "
                        + order.path("orderProducts").size() + " lines fit int32");
            }
            for (JsonNode line : order.path("orderProducts")) {
                shrink(line, step, 0);
            }
        }
        BigInteger sum = BigInteger.ZERO;
        for (JsonNode line : order.path("orderProducts")) {
            BigInteger total = lineTotal(line);
            ((ObjectNode) line.path("totalAmount")).put("value", total.longValueExact());
            sum = sum.add(total);
        }
        JsonNode detail = order.path("amountDetail");
        if (detail.has("productAmount")) {
            ((ObjectNode) detail.path("productAmount")).put("value", sum.longValueExact());
        }
        BigInteger fees = BigInteger.ZERO;
        for (String fee : FEES) {
            fees = fees.add(BigInteger.valueOf(detail.path(fee).path("value").asLong()));
        }
        BigInteger beforeDiscount = sum.add(fees);
        if (detail.has("discountAmount")) {
            BigInteger discount = BigInteger.valueOf(detail.path("discountAmount").path("value").asLong()).min(beforeDiscount);
            ((ObjectNode) detail.path("discountAmount")).put("value", discount.longValueExact());
        }
        ((ObjectNode) order.path("orderAmount")).put("value", expectedOrderAmount(order).longValueExact());
    }

    /** Whether the sum of lines and fees (before the discount) fits int32, so every total does. */
    private static boolean fits(JsonNode order) {
        BigInteger sum = BigInteger.ZERO;
        for (JsonNode line : order.path("orderProducts")) {
            sum = sum.add(lineTotal(line));
        }
        for (String fee : FEES) {
            sum = sum.add(BigInteger.valueOf(order.path("amountDetail").path(fee).path("value").asLong()));
        }
        return sum.compareTo(INT32_MAX) <= 0;
    }

    /** Step 0: modifiers once each; 1: modifiers free; 2: one unit per line. */
    private static void shrink(JsonNode item, int step, int depth) {
        if (depth > 0 || step == 2) {
            ((ObjectNode) item).put("quantity", 1);
        }
        if (depth > 0 && step >= 1) {
            ((ObjectNode) item.path("unitPrice")).put("value", 0);
        }
        for (JsonNode modifier : item.path("modifiers")) {
            shrink(modifier, step, depth + 1);
        }
    }

    private static void applyPrices(JsonNode item, Map<String, Long> prices) {
        Long price = prices.get(item.path("posProductId").asText());
        if (price != null && price >= 0 && price <= Integer.MAX_VALUE) {
            ((ObjectNode) item.path("unitPrice")).put("value", price);
        }
        for (JsonNode modifier : item.path("modifiers")) {
            applyPrices(modifier, prices);
        }
    }
}

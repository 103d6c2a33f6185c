package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.orders.Catalog;
import dev.dstorekit.conformance.orders.RunIds;
import dev.dstorekit.conformance.spec.ApiSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator makes what the cases promise: valid requests, at the stated edges, the same for the same seed. */
class RequestGeneratorTest {

    private static final ApiSpec SPEC = ApiSpec.load();
    private static final Catalog CATALOG = Catalog.configured(List.of("CR-ROAST", "DR-LEMONTEA"), "SGD");

    @Test
    void everyGeneratedRequestIsValidForManySeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            RequestGenerator generator = generator(seed, 6);
            for (Edge edge : Edge.values()) {
                EnumCoverage coverage = new EnumCoverage();
                for (int i = 0; i < 6; i++) {
                    GeneratedRequest request = generator.createOrder(edge, i, coverage); // throws when invalid
                    assertEquals(List.of(), SPEC.validate("CreateOrderRequest", request.body()), request.name());
                    assertTrue(request.bytes().length < RequestGenerator.BODY_LIMIT, request.name());
                }
            }
            EnumCoverage coverage = new EnumCoverage();
            for (int i = 0; i < 6; i++) {
                PushTarget target = PushTarget.of(generator.ordinaryOrder("push-order", i, "GRABFOOD", "DELIVERY", "CHANNEL",
                        null).body());
                for (int step = 0; step < 3; step++) {
                    GeneratedRequest push = generator.push(target, i, step, coverage);
                    assertEquals(List.of(), SPEC.validate("PushOrderChangeRequest", push.body()), push.name());
                    target = target.after(push.body());
                }
                GeneratedRequest inquiry = generator.inquiry(generator.edgeRequestOrderId(i), i);
                assertEquals(List.of(), SPEC.validate("InquireOrderDetailRequest", inquiry.body()));
            }
        }
    }

    @Test
    void theSameSeedGeneratesTheSameRequestsAndAnotherSeedOthers() {
        for (Edge edge : Edge.values()) {
            for (int i = 0; i < 4; i++) {
                JsonNode first = withoutIds(generator(42, 4).createOrder(edge, i, new EnumCoverage()).body());
                JsonNode again = withoutIds(generator(42, 4).createOrder(edge, i, new EnumCoverage()).body());
                JsonNode other = withoutIds(generator(43, 4).createOrder(edge, i, new EnumCoverage()).body());
                assertEquals(first, again, edge + " #" + i);
                assertNotEquals(first, other, edge + " #" + i);
            }
        }
    }

    @Test
    void maxLengthStringsHaveExactlyMaxLengthCodePointsAndNonBmpOnesMoreUtf16Units() {
        RequestGenerator generator = generator(7, 3);
        for (int i = 0; i < 3; i++) {
            GeneratedRequest ascii = generator.createOrder(Edge.MAX_LENGTH_ASCII, i, new EnumCoverage());
            GeneratedRequest nonBmp = generator.createOrder(Edge.MAX_LENGTH_NON_BMP, i, new EnumCoverage());
            for (JsonNode line : nonBmp.body().path("orderProducts")) {
                String id = line.path("posProductId").asText();
                assertEquals(255, id.codePointCount(0, id.length()), id);
                assertTrue(id.length() > 255, "non-BMP: more UTF-16 units than code points");
            }
            for (JsonNode line : ascii.body().path("orderProducts")) {
                assertEquals(255, line.path("name").asText().length());
            }
            String requestOrderId = nonBmp.body().path("requestOrderId").asText();
            assertEquals(255, requestOrderId.codePointCount(0, requestOrderId.length()), "the unique head keeps the length");
            assertEquals(512, ascii.body().path("orderRemark").asText().length());
            assertFalse(ascii.edges().isEmpty());
        }
        GeneratedRequest delivery = generator.createOrder(Edge.MAX_LENGTH_ASCII, 2, new EnumCoverage());
        assertEquals("DELIVERY", delivery.body().path("serviceType").asText());
        assertEquals(StringEdgeLeaves.UNBOUNDED, delivery.body().path("deliveryAddress").path("latitude").asText().length(),
                "a string without maxLength gets the generator's long length");
    }

    @Test
    void controlCharacterStringsCarryNulAndTheLineSeparators() {
        RequestGenerator generator = generator(11, 10);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            for (EdgeLeaf leaf : generator.createOrder(Edge.CONTROL_CHARACTERS, i, new EnumCoverage()).edges()) {
                for (String control : List.of("U+0000", "U+000A", "U+2028", "U+001F", "U+007F")) {
                    if (leaf.description().contains(control)) {
                        seen.add(control);
                    }
                }
            }
        }
        assertEquals(Set.of("U+0000", "U+000A", "U+2028", "U+001F", "U+007F"), seen);
    }

    @Test
    void integerLimitsTakeLineTotalsPast32And64Bits() {
        RequestGenerator generator = generator(3, 5);
        GeneratedRequest maximum = generator.createOrder(Edge.INTEGER_LIMITS, 0, new EnumCoverage());
        GeneratedRequest countsAtMaximum = generator.createOrder(Edge.INTEGER_LIMITS, 4, new EnumCoverage());
        assertEquals(Integer.MAX_VALUE, maximum.body().path("orderProducts").get(0).path("quantity").asInt());
        assertTrue(Amounts.largestLineTotal(maximum.body()).bitLength() > 64, maximum.summary());
        assertTrue(Amounts.largestLineTotal(countsAtMaximum.body()).bitLength() > 32, countsAtMaximum.summary());
        GeneratedRequest minimum = generator.createOrder(Edge.INTEGER_LIMITS, 1, new EnumCoverage());
        assertEquals(1, minimum.body().path("orderProducts").get(0).path("quantity").asInt());
        assertEquals(0, minimum.body().path("orderAmount").path("value").asInt());
    }

    @Test
    void longArraysReachTheConfiguredSizesAndStayUnderTheBodyLimit() {
        RequestGenerator generator = new RequestGenerator(SPEC, new GeneratorSettings(5, true, 3, 40, 10, 3), "MER-1",
                "STORE-1", CATALOG, new RunIds());
        GeneratedRequest all = generator.createOrder(Edge.LONG_ARRAYS, 0, new EnumCoverage());
        assertEquals(40, all.body().path("orderProducts").size());
        assertEquals(10, all.body().path("orderProducts").get(0).path("modifiers").size());
        assertEquals(1, all.body().path("orderProducts").get(0).path("modifiers").get(0).path("modifiers").path(0)
                .path("modifiers").size(), "nested three deep");
        assertTrue(Amounts.addUp(all.body()), "the amounts of a long order still add up");
        assertTrue(all.summary().contains("nested 3 deep"), all.summary());
    }

    @Test
    void unknownProductsAreNotInTheCatalogAndTheAmountsDoNotAddUp() {
        RequestGenerator generator = generator(9, 6);
        for (int i = 0; i < 6; i++) {
            GeneratedRequest request = generator.createOrder(Edge.UNKNOWN_PRODUCTS, i, new EnumCoverage());
            assertFalse(Amounts.addUp(request.body()), request.summary());
            if (i % 2 == 0) {
                for (JsonNode line : request.body().path("orderProducts")) {
                    assertTrue(line.path("posProductId").asText().startsWith("UNKNOWN-"));
                }
            }
        }
    }

    @Test
    void everyEnumValueIsSentWithinEighteenRequests() {
        RequestGenerator generator = generator(13, 18);
        EnumCoverage coverage = new EnumCoverage();
        Set<String> shapes = new HashSet<>();
        for (int i = 0; i < 18; i++) {
            GeneratedRequest request = generator.createOrder(Edge.ENUMS_AND_OPTIONAL_MEMBERS, i, coverage);
            shapes.add(request.body().has("customer") ? "with customer" : "without customer");
            if ("DELIVERY".equals(request.body().path("serviceType").asText())) {
                assertTrue(request.body().has("deliveryAddress"), "DELIVERY always has its address");
            } else {
                assertFalse(request.body().has("deliveryAddress") || request.body().has("deliveryProvider"));
            }
        }
        assertEquals(List.of(), coverage.unsent());
        assertEquals(Set.of("with customer", "without customer"), shapes);
    }

    @Test
    void pushesObeyTheDocumentedLimits() {
        RequestGenerator generator = generator(17, 30);
        for (int i = 0; i < 30; i++) {
            String channel = List.of("GRABFOOD", "FOODPANDA", "DSTORE").get(i % 3);
            ObjectNode order = generator.ordinaryOrder("push-order", i, channel, "DELIVERY", "CHANNEL", null).body();
            PushTarget target = PushTarget.of(order);
            for (int step = 0; step < 3; step++) {
                JsonNode push = generator.push(target, i, step, new EnumCoverage()).body();
                assertTrue(push.has("orderStatus") || push.has("deliveryStatus") || push.has("updatedOrderProducts")
                        || push.has("refundInfo"), "a push changes something");
                if (push.has("updatedOrderProducts")) {
                    assertEquals("GRABFOOD", channel);
                    assertTrue(push.path("updatedOrderProducts").size() <= target.lines());
                    long total = 0;
                    for (JsonNode line : push.path("updatedOrderProducts")) {
                        total += line.path("totalAmount").path("value").asLong();
                    }
                    assertTrue(total <= target.linesTotal());
                }
                long refund = push.path("refundInfo").path("refundAmount").path("value").asLong(0);
                assertTrue(refund <= target.orderAmount() - target.refunded());
                target = target.after(push);
            }
        }
    }

    @Test
    void aVariantWithOneEdgeLeafKeepsTheShapeAndOnlyThatLeaf() {
        RequestGenerator generator = generator(21, 3);
        GeneratedRequest original = generator.createOrder(Edge.MAX_LENGTH_NON_BMP, 2, new EnumCoverage());
        EdgeLeaf leaf = original.edges().stream().filter(e -> e.path().endsWith("modifiers[0].name")).findFirst().orElseThrow();

        GeneratedRequest plain = generator.createOrderWithOnly(original, Set.of());
        GeneratedRequest variant = generator.createOrderWithOnly(original, Set.of(leaf.path()));

        assertEquals(structure(original.body()), structure(plain.body()));
        assertEquals(structure(original.body()), structure(variant.body()));
        assertEquals(List.of(), plain.edges());
        assertEquals(List.of(leaf.path()), variant.edges().stream().map(EdgeLeaf::path).toList());
        assertEquals(Paths.find(original.body(), leaf.path()), Paths.find(variant.body(), leaf.path()));
        assertNotEquals(original.body().path("requestOrderId"), variant.body().path("requestOrderId"), "a new order");
    }

    @Test
    void stringsHaveExactlyTheAskedLengthInCodePoints() {
        for (EdgeStrings.Style style : EdgeStrings.Style.values()) {
            for (int length : List.of(0, 1, 2, 64, 255)) {
                String value = EdgeStrings.of(style, length, Seeds.random(1, style, length));
                assertEquals(length, value.codePointCount(0, value.length()), style + " " + length);
            }
        }
        String emoji = EdgeStrings.of(EdgeStrings.Style.NON_BMP, 255, Seeds.random(2));
        assertEquals("255 code points (510 UTF-16 units, 1020 UTF-8 bytes)", EdgeStrings.describe(emoji));
    }

    private static RequestGenerator generator(long seed, int requests) {
        return new RequestGenerator(SPEC, new GeneratorSettings(seed, true, requests, 40, 10, 3), "MER-1", "STORE-1",
                CATALOG, new RunIds());
    }

    /** The request without its run-unique ids (requestOrderId, requestId), which differ between runs by design. */
    private static JsonNode withoutIds(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("requestOrderId");
        copy.remove("requestId");
        return copy;
    }

    /** Field names and array sizes, values left out. */
    private static List<String> structure(JsonNode node) {
        List<String> out = new ArrayList<>();
        walk(node, "", out);
        return out;
    }

    private static void walk(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), path + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            out.add(path + "[" + node.size() + "]");
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.add(path);
        }
    }
}

package dev.dstorekit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.orders.Catalog;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.orders.RunIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite's own requests checked against the spec: what it sends as valid is valid, and every violation it
 * derives really violates the spec (otherwise a correct POS would be blamed for accepting it).
 */
class MutationsTest {

    static final ApiSpec SPEC = ApiSpec.load();
    static final Catalog CATALOG = new Catalog(
            List.of(new Catalog.Product("CR-ROAST", "Roasted Chicken Rice", 450, "SGD"),
                    new Catalog.Product("DR-LEMONTEA", "Iced Lemon Tea", 180, "SGD")),
            List.of(new Catalog.Product("MOD-EGG", "Extra egg", 80, "SGD")), "test");
    static final OrderFactory ORDERS = new OrderFactory("MER-1", "STORE-1", CATALOG, new RunIds());

    enum Body {
        PICKUP, RICH, GRABFOOD_DELIVERY, FOODPANDA_DELIVERY, INQUIRE, PUSH;

        Operation operation() {
            return switch (this) {
                case INQUIRE -> Operation.INQUIRE_ORDER_DETAIL;
                case PUSH -> Operation.PUSH_ORDER_CHANGE;
                default -> Operation.CREATE_ORDER;
            };
        }

        JsonNode build() {
            return switch (this) {
                case PICKUP -> ORDERS.pickup();
                case RICH -> ORDERS.rich();
                case GRABFOOD_DELIVERY -> ORDERS.order("o-1", "GRABFOOD", "DELIVERY");
                case FOODPANDA_DELIVERY -> ORDERS.order("o-2", "FOODPANDA", "DELIVERY");
                case INQUIRE -> ORDERS.inquire("o-1");
                case PUSH -> ORDERS.push("o-1").put("orderStatus", "COMPLETED").put("deliveryStatus", "DELIVERED");
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Body.class)
    void theSuitesValidRequestsAreValidAndEachDerivedViolationIsInvalid(Body kind) {
        JsonNode valid = kind.build();
        assertEquals(List.of(), SPEC.validate(kind.operation().requestSchema(), valid), valid.toString());

        List<Mutation> mutations = Mutations.of(SPEC, kind.operation(), valid);

        assertFalse(mutations.isEmpty());
        for (Mutation mutation : mutations) {
            assertFalse(SPEC.validate(kind.operation().requestSchema(), mutation.body()).isEmpty(),
                    mutation + " is valid per the spec, so it must not be sent as a violation");
        }
    }

    @Test
    void ordersFollowTheSpecsAmountRule() {
        for (ObjectNode order : List.of(ORDERS.pickup(), ORDERS.rich())) {
            long lines = 0;
            for (JsonNode line : order.path("orderProducts")) {
                long unit = line.path("unitPrice").path("value").asLong();
                for (JsonNode modifier : line.path("modifiers")) {
                    unit += modifier.path("quantity").asLong() * modifier.path("unitPrice").path("value").asLong();
                }
                assertEquals(line.path("quantity").asLong() * unit, line.path("totalAmount").path("value").asLong(), line.toString());
                lines += line.path("totalAmount").path("value").asLong();
            }
            JsonNode detail = order.path("amountDetail");
            long expected = lines + detail.path("deliveryFee").path("value").asLong() + detail.path("packagingFee").path("value").asLong()
                    - detail.path("discountAmount").path("value").asLong();
            assertEquals(expected, order.path("orderAmount").path("value").asLong(), order.toString());
        }
    }

    @Test
    void everyKindOfViolationIsDerivedFromTheRichOrder() {
        Map<Mutation.Kind, Long> counts = Mutations.of(SPEC, Operation.CREATE_ORDER, ORDERS.rich()).stream()
                .collect(Collectors.groupingBy(Mutation::kind, Collectors.counting()));

        assertEquals(4, counts.size(), counts.toString());
        assertTrue(Mutations.of(SPEC, Operation.CREATE_ORDER, ORDERS.rich()).stream()
                .anyMatch(m -> m.field().equals("orderProducts[0].modifiers[0].unitPrice")), "nested modifiers are walked");
    }

    @Test
    void aMessageNamesANestedFieldOnlyWithItsParent() {
        Mutation mutation = new Mutation(Operation.CREATE_ORDER, Mutation.Kind.RANGE_TYPE_OR_FORMAT,
                "orderProducts[0].unitPrice.value", "x", null);

        assertTrue(mutation.namedBy("orderProducts[0].unitPrice.value: must be greater than or equal to 0"));
        assertTrue(mutation.namedBy("unitPrice: value must be an integer"));
        assertFalse(mutation.namedBy("Cannot deserialize value of type Integer"));
    }
}

package dev.dstorekit.pos.order.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The merchant's state machine (REFERENCE §8.2), one step at a time, nothing out of a final state. */
class MerchantTransitionsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "ORDER_SUCCESS; ACCEPTED REJECTED CANCELLED",
            "ACCEPTED; PREPARING CANCELLED",
            "PREPARING; READY CANCELLED",
            "READY; COMPLETED CANCELLED",
            "COMPLETED; ",
            "REJECTED; ",
            "CANCELLED; ",
            "ORDER_FAIL; "})
    void eachStateAllowsExactlyItsNextSteps(OrderStatus current, String next) {
        List<OrderStatus> expected = next == null ? List.of()
                : Arrays.stream(next.split(" ")).map(OrderStatus::valueOf).toList();

        assertEquals(expected, MerchantTransitions.allowedNext(current));
    }

    @Test
    void noStateLeadsToOrderSuccessOrOrderFail() {
        for (OrderStatus current : OrderStatus.values()) {
            assertFalse(MerchantTransitions.allowed(current, OrderStatus.ORDER_SUCCESS));
            assertFalse(MerchantTransitions.allowed(current, OrderStatus.ORDER_FAIL));
        }
    }

    @Test
    void orderSuccessAndOrderFailAreNeverNotified() {
        assertThrows(IllegalArgumentException.class, () -> OrderNotification.status(OrderStatus.ORDER_SUCCESS));
        assertThrows(IllegalArgumentException.class, () -> OrderNotification.status(OrderStatus.ORDER_FAIL));
    }
}

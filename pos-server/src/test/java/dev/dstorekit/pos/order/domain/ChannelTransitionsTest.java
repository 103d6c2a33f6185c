package dev.dstorekit.pos.order.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelTransitionsTest {

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @CsvSource({
            "DSTORE,    ORDER_SUCCESS, COMPLETED,  APPLY",
            "DSTORE,    ACCEPTED,      CANCELLED,  APPLY",
            "GRABFOOD,  READY,         ORDER_FAIL, APPLY",
            "FOODPANDA, PREPARING,     COMPLETED,  APPLY",
            "FOODPANDA, COMPLETED,     CANCELLED,  APPLY",
            "DSTORE,    COMPLETED,     CANCELLED,  REFUSE",
            "GRABFOOD,  COMPLETED,     CANCELLED,  REFUSE",
            "FOODPANDA, COMPLETED,     ORDER_FAIL, REFUSE",
            "FOODPANDA, CANCELLED,     COMPLETED,  REFUSE",
            "DSTORE,    REJECTED,      CANCELLED,  REFUSE",
            "DSTORE,    ORDER_FAIL,    COMPLETED,  REFUSE",
            "DSTORE,    COMPLETED,     COMPLETED,  UNCHANGED",
            "FOODPANDA, CANCELLED,     CANCELLED,  UNCHANGED",
            "DSTORE,    ACCEPTED,      PREPARING,  REFUSE",
            "DSTORE,    ACCEPTED,      ACCEPTED,   REFUSE"})
    void channelMayFinishOpenOrdersAndOnlyFoodpandaMayCancelACompletedOne(Channel channel, OrderStatus from,
                                                                        OrderStatus to, ChannelTransitions.Decision expected) {
        assertEquals(expected, ChannelTransitions.decide(from, to, channel));
    }
}

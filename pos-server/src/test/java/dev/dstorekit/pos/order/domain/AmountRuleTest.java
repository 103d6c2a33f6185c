package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountRuleTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2024-03-15T13:00:00+08:00");

    /** Fish soup 700 + milk 50 + set 200 (with kopi peng 30) = 980; 2 kopi at 150 = 300; total 1280 (spec example). */
    static NewOrder dineIn(long orderAmount, long soupTotal) {
        Modifier kopi = new Modifier("MOD-SET-KOPIPENG", null, 1, sgd(30), null, List.of());
        Modifier set = new Modifier("MOD-SET", null, 1, sgd(200), null, List.of(kopi));
        Modifier milk = new Modifier("MOD-MILK", null, 1, sgd(50), null, List.of());
        OrderLine soup = new OrderLine("FS-SLICED", null, 1, sgd(700), sgd(soupTotal), List.of(milk, set), null);
        OrderLine coffee = new OrderLine("DR-KOPI", null, 2, sgd(150), sgd(300), List.of(), null);
        return new NewOrder("r", "a", "s", Channel.DSTORE, "c", "DINEIN", null, false, T, null,
                List.of(soup, coffee), sgd(orderAmount), NewOrder.AmountDetail.NONE);
    }

    static Money sgd(long value) {
        return new Money(value, "SGD");
    }

    @Test
    void nestedModifiersCountPerUnitOfTheirParent() {
        assertEquals(List.of(), dineIn(1280, 980).amountMismatches());
    }

    @Test
    void lineTotalAndOrderTotalThatDoNotAddUpAreBothReported() {
        List<String> mismatches = dineIn(1300, 950).amountMismatches();

        assertEquals(2, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).startsWith("orderProducts[0].totalAmount is 950, expected 980"));
        assertTrue(mismatches.get(1).startsWith("orderAmount is 1300, expected 1250"));
    }

    @Test
    void feesAddAndTheDiscountSubtracts() {
        NewOrder base = dineIn(1280 + 399 + 40 - 300, 980);
        NewOrder withFees = new NewOrder(base.requestOrderId(), base.posAccountId(), base.posStoreId(), base.channel(),
                base.channelOrderId(), base.serviceType(), null, false, T, null, base.lines(), base.orderAmount(),
                new NewOrder.AmountDetail(sgd(1280), sgd(399), sgd(40), sgd(300)));

        assertEquals(List.of(), withFees.amountMismatches());
    }
}

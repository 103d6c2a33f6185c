package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's amount rule: each line's total is {@code quantity × (unitPrice + Σ modifiers)}, and
 * {@code orderAmount = Σ line totals + deliveryFee + packagingFee − discountAmount}. A paid order that breaks it is
 * still taken (the customer has paid); the mismatches become a flag for the merchant. Line totals are computed exactly
 * (they can exceed 64 bits); sums of the amounts as sent fit a {@code long}: each is below 2³¹.
 */
public final class AmountRule {

    private AmountRule() {
    }

    /** Each mismatch as a sentence naming the field, e.g. {@code orderProducts[0].totalAmount is 1000, expected 1060}. */
    public static List<String> mismatches(NewOrder order) {
        List<String> found = new ArrayList<>();
        long linesTotal = 0;
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            BigInteger expected = line.expectedTotal();
            if (!BigInteger.valueOf(line.totalAmount().value()).equals(expected)) {
                found.add("orderProducts[" + i + "].totalAmount is " + line.totalAmount().value() + ", expected "
                        + expected + " (quantity × (unitPrice + modifiers))");
            }
            linesTotal += line.totalAmount().value();
        }
        NewOrder.AmountDetail detail = order.amountDetail();
        if (detail.productAmount() != null && detail.productAmount().value() != linesTotal) {
            found.add("amountDetail.productAmount is " + detail.productAmount().value() + ", expected " + linesTotal
                    + " (Σ orderProducts[].totalAmount)");
        }
        long expectedOrder = linesTotal + value(detail.deliveryFee()) + value(detail.packagingFee())
                - value(detail.discountAmount());
        if (order.orderAmount().value() != expectedOrder) {
            found.add("orderAmount is " + order.orderAmount().value() + ", expected " + expectedOrder
                    + " (Σ line totals + deliveryFee + packagingFee − discountAmount)");
        }
        return found;
    }

    private static long value(@Nullable Money money) {
        return money == null ? 0 : money.value();
    }
}

package dev.dstorekit.contract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's amount rule, written once for every module: each line's total is {@code quantity × (unitPrice +
 * Σ modifiers)}, a modifier adding {@code quantity × (its unitPrice + Σ its own modifiers)} to one unit of its parent,
 * and {@code orderAmount = Σ line totals + deliveryFee + packagingFee − discountAmount}. It works on plain amounts in
 * minor units, so the POS server's domain and the generated models both map into it ({@link CreateOrderAmounts} maps
 * the models). Line totals are computed exactly (nested quantities and prices go beyond 64 bits); sums of the amounts
 * as sent fit a {@code long}: each is below 2³¹.
 */
public final class AmountRule {

    private AmountRule() {
    }

    /**
     * A line or a modifier.
     *
     * @param quantity  units of it (a modifier's: per one unit of its parent)
     * @param unitPrice the price of one unit without its modifiers
     * @param modifiers chosen for each unit
     */
    public record Part(long quantity, long unitPrice, List<Part> modifiers) {

        public Part {
            modifiers = List.copyOf(modifiers);
        }

        /** {@code unitPrice + Σ modifier totals}: one unit with its modifiers. */
        public BigInteger unitAmount() {
            BigInteger sum = BigInteger.valueOf(unitPrice);
            for (Part modifier : modifiers) {
                sum = sum.add(modifier.total());
            }
            return sum;
        }

        /** {@code quantity × unit amount}: a line's total, or what a modifier adds to one unit of its parent. */
        public BigInteger total() {
            return unitAmount().multiply(BigInteger.valueOf(quantity));
        }
    }

    /** A line as priced ({@code part}) and the total the order states for it. */
    public record Line(Part part, long totalAmount) {
    }

    /**
     * An order's amounts as stated; fees and discount are 0 when absent.
     *
     * @param productAmount the stated Σ of line totals, when the order states one
     */
    public record Order(List<Line> lines, Long productAmount, long deliveryFee, long packagingFee, long discountAmount,
                        long orderAmount) {

        public Order {
            lines = List.copyOf(lines);
        }
    }

    /** Each mismatch as a sentence naming the field, e.g. {@code orderProducts[0].totalAmount is 1000, expected 1060 (…)}. */
    public static List<String> mismatches(Order order) {
        List<String> found = new ArrayList<>();
        long linesTotal = 0;
        for (int i = 0; i < order.lines().size(); i++) {
            Line line = order.lines().get(i);
            BigInteger expected = line.part().total();
            if (!BigInteger.valueOf(line.totalAmount()).equals(expected)) {
                found.add("orderProducts[" + i + "].totalAmount is " + line.totalAmount() + ", expected " + expected
                        + " (quantity × (unitPrice + modifiers))");
            }
            linesTotal += line.totalAmount();
        }
        if (order.productAmount() != null && order.productAmount() != linesTotal) {
            found.add("amountDetail.productAmount is " + order.productAmount() + ", expected " + linesTotal
                    + " (Σ orderProducts[].totalAmount)");
        }
        long expectedOrder = linesTotal + order.deliveryFee() + order.packagingFee() - order.discountAmount();
        if (order.orderAmount() != expectedOrder) {
            found.add("orderAmount is " + order.orderAmount() + ", expected " + expectedOrder
                    + " (Σ line totals + deliveryFee + packagingFee − discountAmount)");
        }
        return found;
    }
}

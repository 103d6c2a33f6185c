package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderAmountDetail;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The spec's amount rule for createOrder: {@code unitAmount = unitPrice + Σ(modifier.quantity × modifier unit
 * amount)} recursively, {@code totalAmount = quantity × unitAmount}, {@code orderAmount = Σ totalAmount +
 * deliveryFee + packagingFee − discountAmount}, one currency throughout.
 */
public final class AmountRule {

    private AmountRule() {
    }

    /** One unit of a line or a modifier: its own price plus its modifiers, recursively. */
    public static long unitAmount(Amount unitPrice, List<OrderProductModifier> modifiers) {
        long amount = unitPrice.getValue();
        if (modifiers != null) {
            for (OrderProductModifier modifier : modifiers) {
                amount += (long) modifier.getQuantity() * unitAmount(modifier.getUnitPrice(), modifier.getModifiers());
            }
        }
        return amount;
    }

    public static long lineTotal(OrderProduct line) {
        return line.getQuantity() * unitAmount(line.getUnitPrice(), line.getModifiers());
    }

    /** Every way {@code order} breaks the rule; empty when its amounts add up. */
    public static List<String> problems(CreateOrderRequest order) {
        List<String> problems = new ArrayList<>();
        String currency = order.getOrderAmount().getCurrency();
        long sum = 0;
        for (int i = 0; i < order.getOrderProducts().size(); i++) {
            OrderProduct line = order.getOrderProducts().get(i);
            long expected = lineTotal(line);
            if (line.getTotalAmount().getValue() != expected) {
                problems.add("orderProducts[" + i + "].totalAmount " + line.getTotalAmount().getValue() + " ≠ " + expected);
            }
            currencies(line.getUnitPrice(), line.getModifiers(), currency, "orderProducts[" + i + "]", problems);
            if (!currency.equals(line.getTotalAmount().getCurrency())) {
                problems.add("orderProducts[" + i + "].totalAmount.currency " + line.getTotalAmount().getCurrency() + " ≠ " + currency);
            }
            sum += line.getTotalAmount().getValue();
        }
        OrderAmountDetail detail = order.getAmountDetail();
        long expected = sum;
        if (detail != null) {
            expected += value(detail.getDeliveryFee()) + value(detail.getPackagingFee()) - value(detail.getDiscountAmount());
            if (detail.getProductAmount() != null && detail.getProductAmount().getValue() != sum) {
                problems.add("amountDetail.productAmount " + detail.getProductAmount().getValue() + " ≠ " + sum);
            }
        }
        if (order.getOrderAmount().getValue() != expected) {
            problems.add("orderAmount " + order.getOrderAmount().getValue() + " ≠ " + expected);
        }
        return problems;
    }

    private static void currencies(Amount price, List<OrderProductModifier> modifiers, String currency, String path, List<String> problems) {
        if (!currency.equals(price.getCurrency())) {
            problems.add(path + ".unitPrice.currency " + price.getCurrency() + " ≠ " + currency);
        }
        if (modifiers != null) {
            for (int i = 0; i < modifiers.size(); i++) {
                currencies(modifiers.get(i).getUnitPrice(), modifiers.get(i).getModifiers(), currency, path + ".modifiers[" + i + "]", problems);
            }
        }
    }

    private static long value(Amount amount) {
        return amount == null ? 0 : amount.getValue();
    }
}

package dev.dstorekit.contract;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderAmountDetail;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;

import java.util.ArrayList;
import java.util.List;

/** The {@link AmountRule} over the generated createOrder models, plus the rule's other half: one currency throughout. */
public final class CreateOrderAmounts {

    private CreateOrderAmounts() {
    }

    /** One unit of a line or a modifier: its own price plus its modifiers, recursively (64-bit, as the models hold it). */
    public static long unitAmount(Amount unitPrice, List<OrderProductModifier> modifiers) {
        return new AmountRule.Part(1, unitPrice.getValue(), parts(modifiers)).unitAmount().longValue();
    }

    /** Every way {@code order} breaks the amount rule or mixes currencies; empty when its amounts add up. */
    public static List<String> mismatches(CreateOrderRequest order) {
        List<AmountRule.Line> lines = new ArrayList<>();
        List<String> found = new ArrayList<>();
        String currency = order.getOrderAmount().getCurrency();
        for (int i = 0; i < order.getOrderProducts().size(); i++) {
            OrderProduct line = order.getOrderProducts().get(i);
            lines.add(new AmountRule.Line(new AmountRule.Part(line.getQuantity(), line.getUnitPrice().getValue(),
                    parts(line.getModifiers())), line.getTotalAmount().getValue()));
            currencies(line.getUnitPrice(), line.getModifiers(), currency, "orderProducts[" + i + "]", found);
            if (!currency.equals(line.getTotalAmount().getCurrency())) {
                found.add("orderProducts[" + i + "].totalAmount.currency " + line.getTotalAmount().getCurrency() + " ≠ " + currency);
            }
        }
        OrderAmountDetail detail = order.getAmountDetail();
        AmountRule.Order amounts = detail == null
                ? new AmountRule.Order(lines, null, 0, 0, 0, order.getOrderAmount().getValue())
                : new AmountRule.Order(lines, detail.getProductAmount() == null ? null : Long.valueOf(detail.getProductAmount().getValue()),
                        value(detail.getDeliveryFee()), value(detail.getPackagingFee()), value(detail.getDiscountAmount()),
                        order.getOrderAmount().getValue());
        found.addAll(0, AmountRule.mismatches(amounts));
        return found;
    }

    private static List<AmountRule.Part> parts(List<OrderProductModifier> modifiers) {
        if (modifiers == null) {
            return List.of();
        }
        return modifiers.stream().map(modifier -> new AmountRule.Part(modifier.getQuantity(),
                modifier.getUnitPrice().getValue(), parts(modifier.getModifiers()))).toList();
    }

    private static void currencies(Amount price, List<OrderProductModifier> modifiers, String currency, String path,
                                   List<String> found) {
        if (!currency.equals(price.getCurrency())) {
            found.add(path + ".unitPrice.currency " + price.getCurrency() + " ≠ " + currency);
        }
        if (modifiers != null) {
            for (int i = 0; i < modifiers.size(); i++) {
                currencies(modifiers.get(i).getUnitPrice(), modifiers.get(i).getModifiers(), currency,
                        path + ".modifiers[" + i + "]", found);
            }
        }
    }

    private static long value(Amount amount) {
        return amount == null ? 0 : amount.getValue();
    }
}

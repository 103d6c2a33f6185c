package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.FieldProblem;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract rules of createOrder that the schema cannot express. Breaking one is bad input (PARAM_ILLEGAL):
 * one currency per order, and a delivery address for DELIVERY orders. Amounts that do not add up are not bad
 * input: see {@link NewOrder#amountMismatches()}.
 */
public final class OrderRules {

    private OrderRules() {
    }

    public static Optional<FieldProblem> firstProblem(NewOrder order) {
        String currency = order.orderAmount().currency();
        List<Optional<FieldProblem>> checks = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            String path = "orderProducts[" + i + "]";
            checks.add(sameCurrency(path + ".unitPrice", line.unitPrice(), currency));
            checks.add(sameCurrency(path + ".totalAmount", line.totalAmount(), currency));
            checks.add(modifierCurrencies(path, line.modifiers(), currency));
        }
        NewOrder.AmountDetail detail = order.amountDetail();
        checks.add(sameCurrency("amountDetail.productAmount", detail.productAmount(), currency));
        checks.add(sameCurrency("amountDetail.deliveryFee", detail.deliveryFee(), currency));
        checks.add(sameCurrency("amountDetail.packagingFee", detail.packagingFee(), currency));
        checks.add(sameCurrency("amountDetail.discountAmount", detail.discountAmount(), currency));
        if ("DELIVERY".equals(order.serviceType()) && !order.hasDeliveryAddress()) {
            checks.add(Optional.of(new FieldProblem("deliveryAddress", "required when serviceType is DELIVERY")));
        }
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    private static Optional<FieldProblem> modifierCurrencies(String parent, List<Modifier> modifiers, String currency) {
        for (int i = 0; i < modifiers.size(); i++) {
            String path = parent + ".modifiers[" + i + "]";
            Optional<FieldProblem> problem = sameCurrency(path + ".unitPrice", modifiers.get(i).unitPrice(), currency);
            if (problem.isEmpty()) {
                problem = modifierCurrencies(path, modifiers.get(i).modifiers(), currency);
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** {@code field.currency: EUR differs from orderAmount.currency SGD; one currency per order}. */
    public static Optional<FieldProblem> sameCurrency(String field, @Nullable Money money, String currency) {
        if (money == null || money.currency().equals(currency)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field + ".currency", money.currency()
                + " differs from the order's currency " + currency + "; one currency per order"));
    }
}

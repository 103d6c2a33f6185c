package dev.dstorekit.pos.order.domain;

import dev.dstorekit.contract.AmountRule;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A createOrder request in domain terms: what the POS checks and stores. The raw request body is kept next to it
 * for the record; customer details stay only there.
 */
public record NewOrder(String requestOrderId,
                       String posAccountId,
                       String posStoreId,
                       Channel channel,
                       String channelOrderId,
                       String serviceType,
                       @Nullable String deliveryProvider,
                       boolean hasDeliveryAddress,
                       OffsetDateTime expectFulfillmentTime,
                       @Nullable OffsetDateTime orderTime,
                       List<OrderLine> lines,
                       Money orderAmount,
                       AmountDetail amountDetail) {

    public NewOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Where the order's amounts break the spec's amount rule, each as a sentence naming the field
     * ({@code orderProducts[0].totalAmount is 1000, expected 1060 …}). A paid order that breaks it is still taken (the
     * customer has paid); the mismatches become a flag for the merchant.
     */
    public List<String> amountMismatches() {
        return AmountRule.mismatches(new AmountRule.Order(lines.stream().map(OrderLine::amounts).toList(),
                amountDetail.productAmount() == null ? null : amountDetail.productAmount().value(),
                value(amountDetail.deliveryFee()), value(amountDetail.packagingFee()),
                value(amountDetail.discountAmount()), orderAmount.value()));
    }

    private static long value(@Nullable Money money) {
        return money == null ? 0 : money.value();
    }

    /**
     * The optional breakdown of orderAmount; a missing field counts as 0 in the amount rule.
     */
    public record AmountDetail(@Nullable Money productAmount,
                               @Nullable Money deliveryFee,
                               @Nullable Money packagingFee,
                               @Nullable Money discountAmount) {

        public static final AmountDetail NONE = new AmountDetail(null, null, null, null);
    }
}

package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderAmountDetail;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.RefundInfo;
import dev.dstorekit.api.pos.model.UpdatedOrderProduct;
import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderChange;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Generated request models → domain types, in one place. The models arrive validated against the schema
 * (required fields, lengths, enums), so this mapping does not re-check them.
 */
final class OrderRequestMapper {

    private OrderRequestMapper() {
    }

    static NewOrder newOrder(CreateOrderRequest request) {
        OrderAmountDetail detail = request.getAmountDetail();
        NewOrder.AmountDetail amountDetail = detail == null ? NewOrder.AmountDetail.NONE
                : new NewOrder.AmountDetail(money(detail.getProductAmount()), money(detail.getDeliveryFee()),
                money(detail.getPackagingFee()), money(detail.getDiscountAmount()));
        return new NewOrder(request.getRequestOrderId(), request.getPosAccountId(), request.getPosStoreId(),
                Channel.valueOf(request.getOrderChannel().getValue()), request.getChannelOrderId(),
                request.getServiceType().getValue(),
                request.getDeliveryProvider() == null ? null : request.getDeliveryProvider().getValue(),
                request.getDeliveryAddress() != null, request.getExpectFulfillmentTime(), request.getOrderTime(),
                request.getOrderProducts().stream().map(OrderRequestMapper::line).toList(),
                money(request.getOrderAmount()), amountDetail);
    }

    static OrderChange change(PushOrderChangeRequest request) {
        RefundInfo refund = request.getRefundInfo();
        List<UpdatedOrderProduct> updated = request.getUpdatedOrderProducts();
        return new OrderChange(request.getRequestId(), request.getRequestOrderId(),
                request.getOrderStatus() == null ? null : OrderStatus.valueOf(request.getOrderStatus().getValue()),
                request.getDeliveryStatus() == null ? null : request.getDeliveryStatus().getValue(),
                updated == null ? null : updated.stream().map(OrderRequestMapper::line).toList(),
                refund == null ? null : new OrderChange.Refund(money(refund.getRefundAmount()), refund.getRefundReason(),
                        refund.getRefundTime()));
    }

    private static OrderLine line(OrderProduct product) {
        return new OrderLine(product.getPosProductId(), product.getName(), product.getQuantity(),
                money(product.getUnitPrice()), money(product.getTotalAmount()), modifiers(product.getModifiers()),
                product.getRemark());
    }

    private static OrderLine line(UpdatedOrderProduct product) {
        return new OrderLine(product.getPosProductId(), product.getName(), product.getQuantity(),
                money(product.getUnitPrice()), money(product.getTotalAmount()), modifiers(product.getModifiers()), null);
    }

    private static List<Modifier> modifiers(@Nullable List<OrderProductModifier> modifiers) {
        if (modifiers == null) {
            return List.of();
        }
        return modifiers.stream().map(m -> new Modifier(m.getPosProductId(), m.getName(), m.getQuantity(),
                money(m.getUnitPrice()), m.getGroupId(), modifiers(m.getModifiers()))).toList();
    }

    @Nullable
    private static Money money(@Nullable Amount amount) {
        return amount == null ? null : new Money(amount.getValue(), amount.getCurrency());
    }
}

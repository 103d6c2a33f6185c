package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.merchant.model.EventSource;
import dev.dstorekit.api.merchant.model.OrderDetail;
import dev.dstorekit.api.merchant.model.OrderEvent;
import dev.dstorekit.api.merchant.model.OrderLineModifier;
import dev.dstorekit.api.merchant.model.OrderStatus;
import dev.dstorekit.api.merchant.model.OrderSummary;
import dev.dstorekit.api.merchant.model.OutboundMessage;
import dev.dstorekit.api.merchant.model.OutboundState;
import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.pos.order.application.OrderQueries;
import dev.dstorekit.pos.order.domain.ChangeSource;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.outbox.application.OutboundMessageView;
import dev.dstorekit.pos.shared.Money;
import dev.dstorekit.pos.shared.ShortText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Order views → the merchant API's models, in one place. Times are given in UTC. */
@Singleton
public class MerchantOrderMapper {

    private static final int MAX_DETAIL = 4096;

    private final JsonMapper json;

    public MerchantOrderMapper(JsonMapper json) {
        this.json = json;
    }

    OrderSummary summary(OrderQueries.OrderView o) {
        OrderSummary summary = new OrderSummary(o.posOrderId(), o.requestOrderId(), o.posStoreId(),
                OrderStatus.fromValue(o.status()), OrderChannel.fromValue(o.channel()),
                ServiceType.fromValue(o.serviceType()), amount(o.orderAmount(), o.currency()),
                amount(o.refundedAmount(), o.currency()), time(o.createdAt()), time(o.updatedAt()));
        summary.setShortOrderNumber(o.shortOrderNumber());
        summary.setReadyTime(o.readyTime() == null ? null : time(o.readyTime()));
        summary.setDeliveryStatus(o.deliveryStatus() == null ? null : DeliveryStatus.fromValue(o.deliveryStatus()));
        summary.setFlags(o.flags());
        return summary;
    }

    OrderDetail detail(OrderQueries.OrderDetailView view) {
        OrderQueries.OrderView o = view.order();
        OrderDetail detail = new OrderDetail(o.posOrderId(), o.requestOrderId(), o.posStoreId(),
                OrderStatus.fromValue(o.status()), OrderChannel.fromValue(o.channel()),
                ServiceType.fromValue(o.serviceType()), amount(o.orderAmount(), o.currency()),
                amount(o.refundedAmount(), o.currency()), time(o.createdAt()), time(o.updatedAt()),
                view.lines().stream().map(this::line).toList(), view.history().stream().map(this::event).toList());
        detail.setChannelOrderId(o.channelOrderId());
        detail.setDeliveryProvider(o.deliveryProvider() == null ? null : DeliveryProvider.fromValue(o.deliveryProvider()));
        detail.setExpectFulfillmentTime(time(o.expectFulfillmentTime()));
        detail.setShortOrderNumber(o.shortOrderNumber());
        detail.setReadyTime(o.readyTime() == null ? null : time(o.readyTime()));
        detail.setDeliveryStatus(o.deliveryStatus() == null ? null : DeliveryStatus.fromValue(o.deliveryStatus()));
        detail.setAutoAccept(o.autoAccept());
        detail.setFlags(o.flags());
        detail.setOutbound(view.outbound().stream().map(MerchantOrderMapper::outbound).toList());
        CreateOrderRequest created = createOrder(view.createOrderBody());
        if (created != null) {
            detail.setTableNo(created.getTableNo());
            detail.setOrderRemark(created.getOrderRemark());
            if (created.getCustomer() != null) {
                detail.setCustomerName(created.getCustomer().getName());
                detail.setCustomerPhoneNo(created.getCustomer().getPhoneNo());
            }
        }
        return detail;
    }

    private dev.dstorekit.api.merchant.model.OrderLine line(OrderLine line) {
        String currency = line.totalAmount().currency();
        dev.dstorekit.api.merchant.model.OrderLine out = new dev.dstorekit.api.merchant.model.OrderLine(
                line.posProductId(), line.quantity(), money(unitPrice(line)), money(line.totalAmount()));
        out.setName(line.name());
        out.setRemark(line.remark());
        if (!line.modifiers().isEmpty()) {
            out.setModifiers(modifiers(line.modifiers(), currency));
        }
        return out;
    }

    /**
     * The line's unit price; a line of a GrabFood modification may come without one, and then it is what the
     * amount rule leaves: total ÷ quantity − modifiers.
     */
    private static Money unitPrice(OrderLine line) {
        if (line.unitPrice() != null) {
            return line.unitPrice();
        }
        BigInteger modifiers = line.modifiers().stream().map(Modifier::amountPerParentUnit)
                .reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger unit = BigInteger.valueOf(line.totalAmount().value() / Math.max(1, line.quantity())).subtract(modifiers);
        return new Money(unit.max(BigInteger.ZERO).longValueExact(), line.totalAmount().currency());
    }

    private List<OrderLineModifier> modifiers(List<Modifier> modifiers, String currency) {
        return modifiers.stream().map(m -> {
            OrderLineModifier out = new OrderLineModifier(m.posProductId(), m.quantity(), money(m.unitPrice()));
            out.setName(m.name());
            if (!m.modifiers().isEmpty()) {
                out.setModifiers(modifiers(m.modifiers(), currency));
            }
            return out;
        }).toList();
    }

    /**
     * The history entry; its detail is the status step if there is one, and for the merchant's and the POS's own
     * entries the request or reason that caused it (D-Store's bodies stay out: they repeat the order).
     */
    private OrderEvent event(OrderQueries.HistoryView h) {
        OrderEvent event = new OrderEvent(time(h.at()), EventSource.fromValue(h.source()), h.type());
        StringBuilder detail = new StringBuilder();
        if (h.fromStatus() != null) {
            detail.append(h.fromStatus()).append(" → ").append(h.toStatus() == null ? "" : h.toStatus());
        } else if (h.toStatus() != null) {
            detail.append("→ ").append(h.toStatus());
        }
        boolean own = ChangeSource.MERCHANT.name().equals(h.source()) || ChangeSource.POS.name().equals(h.source());
        if (own) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(h.payload());
            if (h.requestId() != null) {
                detail.append(" (").append(h.requestId()).append(')');
            }
        }
        if (!detail.isEmpty()) {
            event.setDetail(ShortText.cut(detail.toString(), MAX_DETAIL));
        }
        return event;
    }

    private static OutboundMessage outbound(OutboundMessageView m) {
        OutboundMessage out = new OutboundMessage(m.requestId(), m.operation(), OutboundState.fromValue(m.state().name()),
                m.attempts());
        out.setLastResultCode(m.lastResultCode());
        return out;
    }

    @Nullable
    private CreateOrderRequest createOrder(String body) {
        try {
            return json.readValue(body, Argument.of(CreateOrderRequest.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Amount amount(long value, String currency) {
        return new Amount(Math.toIntExact(value), currency);
    }

    private static Amount money(Money money) {
        return amount(money.value(), money.currency());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

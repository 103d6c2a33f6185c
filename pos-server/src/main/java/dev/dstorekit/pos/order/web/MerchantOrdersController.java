package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.merchant.model.DeliveryStatusChange;
import dev.dstorekit.api.merchant.model.OrderDetail;
import dev.dstorekit.api.merchant.model.OrderList;
import dev.dstorekit.api.merchant.model.OrderStatus;
import dev.dstorekit.api.merchant.model.ReadyTimeChange;
import dev.dstorekit.api.merchant.model.RefundRequest;
import dev.dstorekit.api.merchant.model.ShortOrderNumberChange;
import dev.dstorekit.api.merchant.model.StatusChange;
import dev.dstorekit.api.merchant.server.MerchantOrdersApi;
import dev.dstorekit.pos.merchant.MerchantRefusal;
import dev.dstorekit.pos.merchant.web.CurrentMerchant;
import dev.dstorekit.pos.order.application.MerchantOrderHandler;
import dev.dstorekit.pos.order.application.OrderQueries;
import dev.dstorekit.pos.order.domain.MerchantChange;
import dev.dstorekit.pos.shared.FieldProblem;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * The merchant's orders. Requests arrive authenticated (the account is the caller's) and validated against the
 * merchant spec; each change answers the order as it is after the change, its notifyOrderChange already queued.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MerchantOrdersController implements MerchantOrdersApi {

    /** merchant-api.yaml: listOrders limit, maximum. */
    static final int MAX_LIMIT = 200;

    private final OrderQueries queries;
    private final MerchantOrderHandler handler;
    private final MerchantOrderMapper mapper;
    private final JsonMapper json;

    public MerchantOrdersController(OrderQueries queries, MerchantOrderHandler handler, MerchantOrderMapper mapper,
                                    JsonMapper json) {
        this.queries = queries;
        this.handler = handler;
        this.mapper = mapper;
        this.json = json;
    }

    /**
     * The spec's range for {@code limit} (the body filter checks bodies; the one query number is checked here, the
     * generated interface carries no validation).
     */
    @Override
    public OrderList listOrders(@Nullable String posStoreId, @Nullable OrderStatus status,
                                @Nullable OffsetDateTime from, @Nullable OffsetDateTime to, @Nullable Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw MerchantRefusal.badInput(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return new OrderList(queries.list(CurrentMerchant.account(), posStoreId,
                        status == null ? null : status.getValue(), from == null ? null : from.toInstant(),
                        to == null ? null : to.toInstant(), limit == null ? 50 : limit)
                .stream().map(mapper::summary).toList());
    }

    @Override
    public OrderDetail getOrder(String posOrderId) {
        return detail(posOrderId);
    }

    @Override
    public OrderDetail changeOrderStatus(String posOrderId, StatusChange statusChange) {
        return change(posOrderId, new MerchantChange.Status(
                dev.dstorekit.pos.order.domain.OrderStatus.valueOf(statusChange.getStatus().getValue()),
                statusChange.getReason()), statusChange);
    }

    @Override
    public OrderDetail refundOrder(String posOrderId, RefundRequest refundRequest) {
        Money amount = new Money(refundRequest.getAmount().getValue(), refundRequest.getAmount().getCurrency());
        String reason = refundRequest.getReason() == null || refundRequest.getReason().isBlank() ? null
                : refundRequest.getReason();
        return change(posOrderId, new MerchantChange.Refund(amount, reason), refundRequest);
    }

    @Override
    public OrderDetail setDeliveryStatus(String posOrderId, DeliveryStatusChange deliveryStatusChange) {
        return change(posOrderId, new MerchantChange.Delivery(deliveryStatusChange.getDeliveryStatus().getValue()),
                deliveryStatusChange);
    }

    @Override
    public OrderDetail setReadyTime(String posOrderId, ReadyTimeChange readyTimeChange) {
        return change(posOrderId, new MerchantChange.ReadyTime(readyTimeChange.getReadyTime()), readyTimeChange);
    }

    @Override
    public OrderDetail setShortOrderNumber(String posOrderId, ShortOrderNumberChange shortOrderNumberChange) {
        return change(posOrderId, new MerchantChange.ShortOrderNumber(shortOrderNumberChange.getShortOrderNumber()),
                shortOrderNumberChange);
    }

    private OrderDetail change(String posOrderId, MerchantChange change, Object request) {
        handler.change(CurrentMerchant.account(), posOrderId, change, record(request));
        return detail(posOrderId);
    }

    private OrderDetail detail(String posOrderId) {
        return queries.detail(CurrentMerchant.account(), posOrderId).map(mapper::detail)
                .orElseThrow(MerchantRefusal::notFound);
    }

    /** The merchant's request as JSON, for the order's history. */
    private String record(Object request) {
        try {
            return new String(json.writeValueAsBytes(Argument.ofInstance(request), request), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

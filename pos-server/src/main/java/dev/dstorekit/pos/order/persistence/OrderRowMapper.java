package dev.dstorekit.pos.order.persistence;

import dev.dstorekit.pos.order.application.CreateOrderAnswer;
import dev.dstorekit.pos.order.application.StoredOrder;
import dev.dstorekit.pos.order.domain.Channel;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.Money;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Order rows to the application's types and back, in one place for the store and the queries. Text from D-Store
 * goes through {@link StoredText}; modifiers and answers are JSON columns. One order has one currency, so the lines
 * table stores minor units only.
 */
@Singleton
public class OrderRowMapper {

    private static final Argument<List<Modifier>> MODIFIERS = Argument.listOf(Modifier.class);

    private final JsonMapper json;

    public OrderRowMapper(JsonMapper json) {
        this.json = json;
    }

    public StoredOrder order(OrderEntity e) {
        return new StoredOrder(e.id(), StoredText.decode(e.requestOrderId()), e.posOrderId(), e.posAccountId(),
                e.posStoreId(), Channel.valueOf(e.orderChannel()), e.serviceType(), e.deliveryProvider(),
                OrderStatus.valueOf(e.status()), e.deliveryStatus(), StoredText.decode(e.shortOrderNumber()),
                e.readyTime(), e.currency().strip(), e.orderAmount(), e.refundedAmount(), e.linesRevision(),
                e.version(), read(e.answer(), Argument.of(CreateOrderAnswer.class)), e.requestSha256().strip());
    }

    public OrderLine line(OrderLineEntity entity, String currency) {
        List<Modifier> modifiers = entity.modifiers() == null ? List.of() : read(entity.modifiers(), MODIFIERS);
        return new OrderLine(StoredText.decode(entity.posProductId()), StoredText.decode(entity.name()),
                entity.quantity(), entity.unitPrice() == null ? null : new Money(entity.unitPrice(), currency),
                new Money(entity.totalAmount(), currency), modifiers, StoredText.decode(entity.remark()));
    }

    public List<OrderLineEntity> lineEntities(long orderId, int revision, List<OrderLine> orderLines) {
        List<OrderLineEntity> entities = new ArrayList<>();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            entities.add(new OrderLineEntity(null, orderId, revision, i, StoredText.encode(line.posProductId()),
                    StoredText.encode(line.name()), line.quantity(),
                    line.unitPrice() == null ? null : line.unitPrice().value(), line.totalAmount().value(),
                    modifiers(line.modifiers()), StoredText.encode(line.remark())));
        }
        return entities;
    }

    /** The modifiers column: the JSON of the line's modifier tree, null when it has none. */
    @Nullable
    public String modifiers(List<Modifier> modifiers) {
        return modifiers.isEmpty() ? null : write(modifiers, MODIFIERS);
    }

    public String write(Object value) {
        return write(value, Argument.ofInstance(value));
    }

    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON unreadable as " + type.getTypeName(), e);
        }
    }

    private <T> String write(T value, Argument<T> type) {
        try {
            return new String(json.writeValueAsBytes(type, value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

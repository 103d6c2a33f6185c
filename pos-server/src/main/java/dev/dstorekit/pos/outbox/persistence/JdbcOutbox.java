package dev.dstorekit.pos.outbox.persistence;

import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.api.pos.model.NotifyOrderStatus;
import dev.dstorekit.api.pos.model.Product;
import dev.dstorekit.api.pos.model.ProductStatus;
import dev.dstorekit.api.pos.model.ProductType;
import dev.dstorekit.api.pos.model.Store;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.order.domain.OrderNotification;
import dev.dstorekit.pos.outbox.application.ClaimedMessage;
import dev.dstorekit.pos.outbox.application.OutboundFailureListener;
import dev.dstorekit.pos.outbox.application.OutboundMessageView;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.application.OutboxQueries;
import dev.dstorekit.pos.outbox.application.OutboxQueue;
import dev.dstorekit.pos.outbox.domain.DeliveryResult;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import dev.dstorekit.pos.outbox.domain.OutboxState;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox on JDBC. Messages are stored as the exact request model JSON D-Store will receive (one requestId per
 * message, assigned here), so every attempt sends the same body; the generated models keep the wire shape in one
 * place: a status-only syncProduct is built from the three required fields only.
 */
@Singleton
public class JdbcOutbox implements Outbox, OutboxQueue, OutboxQueries {

    private static final int MAX_CODE = 64;
    private static final int MAX_MESSAGE = 256;

    private final OutboxRepository messages;
    private final List<OutboundFailureListener> failureListeners;
    private final JsonMapper json;
    private final Clock clock;

    public JdbcOutbox(OutboxRepository messages, List<OutboundFailureListener> failureListeners, JsonMapper json,
                      Clock clock) {
        this.messages = messages;
        this.failureListeners = failureListeners;
        this.json = json;
        this.clock = clock;
    }

    // --- queueing, always inside the caller's transaction -------------------------------------------------------

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String notifyOrderChange(OrderRef order, OrderNotification change) {
        String requestId = "ntf-" + order.posOrderId() + "-" + UUID.randomUUID();
        NotifyOrderChangeRequest request = new NotifyOrderChangeRequest(requestId, order.requestOrderId());
        if (change.status() != null) {
            request.setOrderStatus(NotifyOrderStatus.fromValue(change.status().name()));
        }
        request.setShortOrderNumber(change.shortOrderNumber());
        request.setReadyTime(change.readyTime());
        if (change.deliveryStatus() != null) {
            request.setDeliveryStatus(DeliveryStatus.fromValue(change.deliveryStatus()));
        }
        if (change.refundAmount() != null) {
            request.setRefundAmount(new Amount(Math.toIntExact(change.refundAmount().value()),
                    change.refundAmount().currency()));
            request.setRefundReason(change.refundReason());
        }
        insert("order:" + order.id(), OutboundOperation.NOTIFY_ORDER_CHANGE, requestId, order.posAccountId(),
                order.posStoreId(), order.id(), request);
        return requestId;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String syncFullCatalog(String posAccountId, String posStoreId, @Nullable String storeName,
                                  List<CatalogProduct> products) {
        String requestId = "sync-" + UUID.randomUUID();
        List<Product> wire = new ArrayList<>();
        for (CatalogProduct product : products) {
            Product full = read(product.details(), Product.class);
            full.setStatus(ProductStatus.fromValue(product.status()));
            wire.add(full);
        }
        Store store = new Store(posStoreId);
        store.setName(storeName);
        insert(storeKey(posAccountId, posStoreId), OutboundOperation.SYNC_PRODUCT, requestId, posAccountId, posStoreId,
                null, new SyncProductRequest(requestId, posAccountId, store, wire));
        return requestId;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String syncStatuses(String posAccountId, String posStoreId, List<CatalogProduct> changed) {
        String requestId = "sync-" + UUID.randomUUID();
        List<Product> wire = changed.stream().map(p -> new Product(p.posProductId(), ProductType.fromValue(p.type()),
                ProductStatus.fromValue(p.status()))).toList();
        insert(storeKey(posAccountId, posStoreId), OutboundOperation.SYNC_PRODUCT, requestId, posAccountId, posStoreId,
                null, new SyncProductRequest(requestId, posAccountId, new Store(posStoreId), wire));
        return requestId;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String addStore(String posAccountId, String posStoreId, String pdsStoreJson) {
        String requestId = "store-" + UUID.randomUUID();
        AddStoreRequest request = new AddStoreRequest(requestId);
        request.setStore(read(pdsStoreJson, PdsStore.class));
        insert(storeKey(posAccountId, posStoreId), OutboundOperation.ADD_STORE, requestId, posAccountId, posStoreId,
                null, request);
        return requestId;
    }

    private void insert(String orderingKey, OutboundOperation operation, String requestId, String posAccountId,
                        String posStoreId, @Nullable Long orderId, Object request) {
        Instant now = clock.instant();
        messages.save(new OutboxMessageEntity(null, orderingKey, operation.operationName(), requestId, posAccountId,
                posStoreId, orderId, write(request), OutboxState.PENDING.name(), 0, now, null, null, null, null, null,
                now, null));
    }

    private static String storeKey(String posAccountId, String posStoreId) {
        return "store:" + posAccountId + "/" + posStoreId;
    }

    // --- the sender's side ------------------------------------------------------------------------------------

    @Override
    @Transactional
    public List<ClaimedMessage> claim(int limit, Duration lease, String token) {
        Instant now = clock.instant();
        List<ClaimedMessage> claimed = new ArrayList<>();
        for (OutboxMessageEntity due : messages.lockDue(now, limit)) {
            if (messages.lease(due.id(), token, now.plus(lease), now) == 1) {
                claimed.add(new ClaimedMessage(due.id(), due.requestId(), OutboundOperation.of(due.operation()),
                        due.payload(), due.orderId(), due.posAccountId(), due.posStoreId(), due.attempts() + 1, token));
            }
        }
        return claimed;
    }

    @Override
    @Transactional
    public boolean renew(ClaimedMessage message, Duration lease) {
        return messages.renew(message.id(), message.token(), clock.instant().plus(lease)) == 1;
    }

    @Override
    @Transactional
    public boolean delivered(ClaimedMessage message, DeliveryResult result) {
        return messages.finish(message.id(), message.token(), OutboxState.DELIVERED.name(), code(result),
                text(result.message()), clock.instant()) == 1;
    }

    @Override
    @Transactional
    public boolean retryAt(ClaimedMessage message, DeliveryResult result, Instant nextAttempt) {
        return messages.reschedule(message.id(), message.token(), nextAttempt, code(result),
                text(result.message())) == 1;
    }

    @Override
    @Transactional
    public boolean failed(ClaimedMessage message, DeliveryResult result, String detail) {
        boolean recorded = messages.finish(message.id(), message.token(), OutboxState.FAILED.name(), code(result),
                text(result.message()), clock.instant()) == 1;
        if (recorded && message.orderId() != null) {
            failureListeners.forEach(l -> l.orderMessageFailed(message.orderId(), message.requestId(), detail));
        }
        return recorded;
    }

    @Override
    @Transactional
    public void release(ClaimedMessage message) {
        messages.release(message.id(), message.token());
    }

    @Override
    public long pendingCount() {
        return messages.countPending();
    }

    // --- queries -------------------------------------------------------------------------------------------------

    @Override
    public List<OutboundMessageView> forOrder(long orderId) {
        return messages.findByOrder(orderId).stream().map(m -> new OutboundMessageView(m.requestId(), m.operation(),
                OutboxState.valueOf(m.state()), m.attempts(), m.lastResultCode())).toList();
    }

    @Override
    public Optional<OutboxState> addStoreState(String posAccountId, String posStoreId) {
        return messages.findLatest(posAccountId, posStoreId, OutboundOperation.ADD_STORE.operationName())
                .map(m -> OutboxState.valueOf(m.state()));
    }

    private static String code(DeliveryResult result) {
        return StoredText.note(result.code(), MAX_CODE);
    }

    @Nullable
    private static String text(@Nullable String message) {
        return message == null ? null : StoredText.note(message, MAX_MESSAGE);
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(Argument.ofInstance(value), value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON unreadable as " + type.getSimpleName(), e);
        }
    }
}

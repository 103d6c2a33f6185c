package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.catalog.application.CatalogLookup;
import dev.dstorekit.pos.catalog.application.CatalogResync;
import dev.dstorekit.pos.ops.PosMetrics;
import dev.dstorekit.pos.order.domain.Modifier;
import dev.dstorekit.pos.order.domain.NewOrder;
import dev.dstorekit.pos.order.domain.OrderLine;
import dev.dstorekit.pos.order.domain.OrderRules;
import dev.dstorekit.pos.order.domain.OrderStatus;
import dev.dstorekit.pos.shared.FieldProblem;
import dev.dstorekit.pos.store.StoreConfig;
import dev.dstorekit.pos.store.application.ServedStores;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * createOrder: a paid order becomes a stored order, exactly once per requestOrderId, before it is answered.
 *
 * <p>A known requestOrderId gets the stored answer, whatever the body says now. An order for a store this POS does
 * not serve (neither configured nor added through the merchant API) is refused (STORE_NOT_FOUND), as is one breaking
 * a contract rule (PARAM_ILLEGAL). Products the catalog does not know and amounts that do not add up do not refuse a
 * paid order: it is stored, flagged, and the store's catalog is marked for a full re-sync. Database trouble propagates and becomes U/UNKNOWN_EXCEPTION, so D-Store
 * retries; the retry finds either nothing (and creates) or the stored order (and replays it).
 */
@Singleton
public class CreateOrderHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CreateOrderHandler.class);

    private final OrderStore orders;
    private final ServedStores stores;
    private final CatalogLookup catalog;
    private final CatalogResync catalogResync;
    private final PosMetrics metrics;

    public CreateOrderHandler(OrderStore orders, ServedStores stores, CatalogLookup catalog,
                              CatalogResync catalogResync, PosMetrics metrics) {
        this.orders = orders;
        this.stores = stores;
        this.catalog = catalog;
        this.catalogResync = catalogResync;
        this.metrics = metrics;
    }

    /**
     * One transaction on one connection: on the happy path that is the catalog lookup, the order, its lines and its
     * history entry, then the commit; a flagged order adds its flags and the store's re-sync mark. A known requestOrderId is found by the insert itself (it does nothing and the
     * stored order is replayed) or, when this body would be refused, by one lookup before refusing: a replay gets
     * the stored answer whatever the body says now.
     */
    @Transactional
    public CreateOrderAnswer handle(NewOrder order, RequestBody body) {
        Optional<StoreConfig> store = stores.find(order.posAccountId(), order.posStoreId());
        if (store.isEmpty()) {
            return refuseUnlessKnown(order, body, "STORE_NOT_FOUND", "posStoreId " + order.posStoreId()
                    + " is not known for posAccountId " + order.posAccountId());
        }
        Optional<FieldProblem> problem = OrderRules.firstProblem(order);
        if (problem.isPresent()) {
            return refuseUnlessKnown(order, body, "PARAM_ILLEGAL", problem.get().describe());
        }
        List<OrderFlag> flags = flags(order);
        long id = orders.nextOrderId();
        String posOrderId = PosOrderIds.of(id, order.orderTime() != null ? order.orderTime() : order.expectFulfillmentTime());
        boolean autoAccept = store.get().autoAccept();
        OrderStatus status = autoAccept ? OrderStatus.ACCEPTED : OrderStatus.ORDER_SUCCESS;
        CreateOrderAnswer answer = new CreateOrderAnswer(Answer.SUCCESS, posOrderId, autoAccept, status.name(), null);
        OrderStore.CreateOutcome outcome = orders.createIfAbsent(
                new OrderDraft(id, posOrderId, order, status, autoAccept, body, answer, flags));
        if (!outcome.created()) {
            return replay(outcome.order(), body);
        }
        if (!flags.isEmpty()) {
            String details = String.join("; ", flags.stream().map(OrderFlag::detail).toList());
            catalogResync.request(order.posAccountId(), order.posStoreId(), "order " + posOrderId
                    + " (requestOrderId " + order.requestOrderId() + "): " + details);
        }
        metrics.orderCreated(order.channel().name());
        flags.forEach(flag -> metrics.orderFlagged(flag.flag()));
        if (flags.isEmpty()) {
            // DEBUG: one line per order is a synchronous console write on the hot path; the metrics count them.
            LOG.debug("Order {} created for requestOrderId {} ({} {}, store {}/{}, {})", posOrderId,
                    order.requestOrderId(), order.channel(), order.serviceType(), order.posAccountId(),
                    order.posStoreId(), status);
        } else {
            LOG.warn("Order {} created for requestOrderId {} and flagged: {}", posOrderId, order.requestOrderId(),
                    flags);
        }
        return outcome.order().answer();
    }

    /** A body this POS refuses, unless its requestOrderId is already stored: then the stored answer is replayed. */
    private CreateOrderAnswer refuseUnlessKnown(NewOrder order, RequestBody body, String code, String message) {
        Optional<StoredOrder> existing = orders.findByRequestOrderId(order.requestOrderId());
        if (existing.isPresent()) {
            return replay(existing.get(), body);
        }
        LOG.info("createOrder {} refused: {} {}", order.requestOrderId(), code, message);
        return CreateOrderAnswer.failure(code, message);
    }

    private CreateOrderAnswer replay(StoredOrder stored, RequestBody body) {
        boolean differentBody = !stored.requestSha256().equals(body.sha256());
        metrics.orderReplayed(differentBody);
        if (differentBody) {
            LOG.warn("createOrder replay for requestOrderId {} carries a different body than order {}"
                    + " (sha256 {} vs stored {}); answering the stored answer", stored.requestOrderId(),
                    stored.posOrderId(), body.sha256(), stored.requestSha256());
        } else {
            LOG.info("createOrder replay for requestOrderId {}: answering stored order {}", stored.requestOrderId(),
                    stored.posOrderId());
        }
        return stored.answer();
    }

    private List<OrderFlag> flags(NewOrder order) {
        List<OrderFlag> flags = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (OrderLine line : order.lines()) {
            ids.add(line.posProductId());
            collect(line.modifiers(), ids);
        }
        Set<String> unknown = catalog.unknownProducts(order.posAccountId(), order.posStoreId(), ids);
        if (!unknown.isEmpty()) {
            flags.add(new OrderFlag(OrderFlag.UNKNOWN_PRODUCT, unknown.size() + " product(s) not in the store's catalog: "
                    + String.join(", ", unknown)));
        }
        List<String> mismatches = order.amountMismatches();
        if (!mismatches.isEmpty()) {
            flags.add(new OrderFlag(OrderFlag.AMOUNT_MISMATCH, String.join("; ", mismatches)));
        }
        return flags;
    }

    private static void collect(List<Modifier> modifiers, Set<String> ids) {
        for (Modifier modifier : modifiers) {
            ids.add(modifier.posProductId());
            collect(modifier.modifiers(), ids);
        }
    }
}

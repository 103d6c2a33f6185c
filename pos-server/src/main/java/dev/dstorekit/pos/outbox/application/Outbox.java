package dev.dstorekit.pos.outbox.application;

import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.order.domain.OrderNotification;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Queues a message for D-Store in the caller's transaction, so the change and the message that reports it commit
 * together or not at all (implementations refuse to run outside a transaction). Each message gets its requestId
 * here, once; the sender delivers it later, with that requestId on every attempt.
 */
public interface Outbox {

    /**
     * notifyOrderChange for one merchant change; ordered behind the order's earlier messages.
     *
     * @return the requestId
     */
    String notifyOrderChange(OrderRef order, OrderNotification notification);

    /** syncProduct full sync: every product of the store, with all their fields; ordered per store. */
    String syncFullCatalog(String posAccountId, String posStoreId, @Nullable String storeName,
                           List<CatalogProduct> products);

    /** syncProduct status-only update: exactly posProductId, type and status of each changed product. */
    String syncStatuses(String posAccountId, String posStoreId, List<CatalogProduct> changed);

    /** pds addStore carrying the store (the PdsStore JSON the merchant sent); ordered before the store's syncs. */
    String addStore(String posAccountId, String posStoreId, String pdsStoreJson);

    /** The order a notification is about. */
    record OrderRef(long id, String posOrderId, String requestOrderId, String posAccountId, String posStoreId) {
    }
}

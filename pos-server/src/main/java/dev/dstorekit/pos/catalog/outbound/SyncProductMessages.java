package dev.dstorekit.pos.catalog.outbound;

import dev.dstorekit.api.pos.model.Product;
import dev.dstorekit.api.pos.model.ProductStatus;
import dev.dstorekit.api.pos.model.ProductType;
import dev.dstorekit.api.pos.model.Store;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.pos.catalog.application.CatalogSyncs;
import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.outbox.application.OutboundMessage;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link CatalogSyncs} through the outbox, in the generated request model so the wire shape lives in one place: a
 * full sync carries each product as the merchant described it (with the status the POS tracks), a status-only update
 * is built from the three required fields only.
 */
@Singleton
public class SyncProductMessages implements CatalogSyncs {

    private final Outbox outbox;
    private final JsonMapper json;

    public SyncProductMessages(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public String queueFull(String posAccountId, String posStoreId, @Nullable String storeName,
                            List<CatalogProduct> products) {
        List<Product> wire = new ArrayList<>();
        for (CatalogProduct product : products) {
            Product full = read(product.details());
            full.setStatus(ProductStatus.fromValue(product.status()));
            wire.add(full);
        }
        Store store = new Store(posStoreId);
        store.setName(storeName);
        return queue(posAccountId, posStoreId, store, wire);
    }

    @Override
    public String queueStatuses(String posAccountId, String posStoreId, List<CatalogProduct> changed) {
        List<Product> wire = changed.stream().map(p -> new Product(p.posProductId(), ProductType.fromValue(p.type()),
                ProductStatus.fromValue(p.status()))).toList();
        return queue(posAccountId, posStoreId, new Store(posStoreId), wire);
    }

    private String queue(String posAccountId, String posStoreId, Store store, List<Product> products) {
        String requestId = "sync-" + UUID.randomUUID();
        outbox.queue(OutboundMessage.aboutStore(OutboundOperation.SYNC_PRODUCT, requestId, posAccountId, posStoreId,
                new SyncProductRequest(requestId, posAccountId, store, products)));
        return requestId;
    }

    private Product read(String details) {
        try {
            return json.readValue(details, Argument.of(Product.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON unreadable as Product", e);
        }
    }
}

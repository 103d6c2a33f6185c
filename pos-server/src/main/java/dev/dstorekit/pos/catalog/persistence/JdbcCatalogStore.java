package dev.dstorekit.pos.catalog.persistence;

import dev.dstorekit.pos.catalog.application.CatalogStore;
import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.shared.Money;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CatalogStore} on the {@code products} table: the merchant's order, and the full product JSON next to the
 * columns the POS queries. Ids and names go through {@link StoredText}, as order lines do, so an order's product ids
 * meet the catalog's in the same form.
 */
@Singleton
public class JdbcCatalogStore implements CatalogStore {

    private final ProductRepository products;
    private final JsonMapper json;

    public JdbcCatalogStore(ProductRepository products, JsonMapper json) {
        this.products = products;
        this.json = json;
    }

    @Override
    public List<CatalogProduct> load(String posAccountId, String posStoreId) {
        return products.findCatalog(posAccountId, posStoreId).stream().map(this::product).toList();
    }

    @Override
    public void replace(String posAccountId, String posStoreId, List<CatalogProduct> catalog, Instant now) {
        products.deleteCatalog(posAccountId, posStoreId);
        List<ProductEntity> rows = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            CatalogProduct p = catalog.get(i);
            rows.add(new ProductEntity(new ProductKey(posAccountId, posStoreId, StoredText.encode(p.posProductId())),
                    p.type(), p.status(), StoredText.encode(p.name()), p.price() == null ? null : p.price().value(),
                    p.price() == null ? null : p.price().currency(), p.details(), now, i));
        }
        products.saveAll(rows);
    }

    @Override
    public void setStatus(String posAccountId, String posStoreId, String posProductId, String status, Instant now) {
        products.updateStatus(posAccountId, posStoreId, StoredText.encode(posProductId), status, now);
    }

    /** The product as stored; modifier groups are read back out of its JSON. */
    private CatalogProduct product(ProductEntity row) {
        String details = row.details() == null ? "{}" : row.details();
        List<CatalogProduct.ModifierGroup> groups;
        try {
            ProductGroups parsed = json.readValue(details, Argument.of(ProductGroups.class));
            groups = parsed == null || parsed.modifierGroups() == null ? List.of() : parsed.modifierGroups();
        } catch (IOException e) {
            throw new UncheckedIOException("stored product " + row.id().posProductId() + " unreadable", e);
        }
        Money price = row.priceValue() == null ? null : new Money(row.priceValue(), row.priceCurrency().strip());
        return new CatalogProduct(StoredText.decode(row.id().posProductId()), row.productType(), row.status(),
                StoredText.decode(row.name()), price, groups, details);
    }

    /** The part of the stored Product JSON the POS reasons about. */
    @Serdeable
    record ProductGroups(@Nullable List<CatalogProduct.ModifierGroup> modifierGroups) {
    }
}

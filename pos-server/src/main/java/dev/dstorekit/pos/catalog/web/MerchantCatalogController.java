package dev.dstorekit.pos.catalog.web;

import dev.dstorekit.api.merchant.model.AvailabilityItem;
import dev.dstorekit.api.merchant.model.Catalog;
import dev.dstorekit.api.merchant.server.MerchantCatalogApi;
import dev.dstorekit.api.pos.model.Product;
import dev.dstorekit.api.pos.model.ProductModifierGroup;
import dev.dstorekit.api.pos.model.ProductStatus;
import dev.dstorekit.pos.catalog.application.MerchantCatalog;
import dev.dstorekit.pos.catalog.domain.AvailabilityChange;
import dev.dstorekit.pos.catalog.domain.CatalogProduct;
import dev.dstorekit.pos.merchant.web.CurrentMerchant;
import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A store's catalog in the syncProduct Product model. Each product is kept whole as the merchant sent it, so a
 * full sync carries every field the merchant gave; the status the POS tracks wins over the one inside.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MerchantCatalogController implements MerchantCatalogApi {

    private final MerchantCatalog catalog;
    private final JsonMapper json;

    public MerchantCatalogController(MerchantCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public Catalog getCatalog(String posStoreId) {
        return catalog(catalog.catalog(CurrentMerchant.account(), posStoreId));
    }

    @Override
    public Catalog replaceCatalog(String posStoreId, Catalog body) {
        List<CatalogProduct> products = body.getProducts().stream().map(this::product).toList();
        return catalog(catalog.replace(CurrentMerchant.account(), posStoreId, products));
    }

    @Override
    public Catalog changeAvailability(String posStoreId,
                                      dev.dstorekit.api.merchant.model.AvailabilityChange availabilityChange) {
        List<AvailabilityChange> changes = availabilityChange.getChanges().stream()
                .map((AvailabilityItem item) -> new AvailabilityChange(item.getPosProductId(),
                        item.getStatus().getValue()))
                .toList();
        return catalog(catalog.changeAvailability(CurrentMerchant.account(), posStoreId, changes));
    }

    private CatalogProduct product(Product product) {
        List<CatalogProduct.ModifierGroup> groups = product.getModifierGroups() == null ? List.of()
                : product.getModifierGroups().stream().map((ProductModifierGroup g) ->
                        new CatalogProduct.ModifierGroup(g.getGroupId(), g.getModifierProductIds())).toList();
        Money price = product.getPrice() == null ? null
                : new Money(product.getPrice().getValue(), product.getPrice().getCurrency());
        return new CatalogProduct(product.getPosProductId(), product.getType().getValue(),
                product.getStatus().getValue(), product.getName(), price, groups, write(product));
    }

    private Catalog catalog(List<CatalogProduct> products) {
        return new Catalog(products.stream().map(p -> {
            Product product = read(p.details());
            product.setStatus(ProductStatus.fromValue(p.status()));
            return product;
        }).toList());
    }

    private String write(Product product) {
        try {
            return new String(json.writeValueAsBytes(Argument.of(Product.class), product), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Product read(String details) {
        try {
            return json.readValue(details, Argument.of(Product.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored product unreadable", e);
        }
    }
}

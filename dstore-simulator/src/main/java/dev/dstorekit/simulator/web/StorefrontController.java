package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.config.SimulatorConfiguration;
import dev.dstorekit.simulator.order.SimOrder;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storefront, as D-Store's sandbox page shows a store to a customer: the stores the POS added and synced, a
 * store's menu, and checkout, whose "pay" sends a signed createOrder to the POS.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class StorefrontController {

    /** A store on the index page; {@code href} is null while it has no synced catalog. */
    @Serdeable
    record StoreCard(String name, String storeId, String href, int products, String note) {
    }

    /** Where the paid order is followed. */
    @Serdeable
    record Paid(String requestOrderId, String orderUrl, Quote quote) {
    }

    private final CatalogRepository catalogs;
    private final StoreProfiles profiles;
    private final StorePages pages;
    private final CustomerOrders orders;
    private final ZoneId zone;

    StorefrontController(CatalogRepository catalogs, StoreProfiles profiles, StorePages pages, CustomerOrders orders,
                         SimulatorConfiguration config) {
        this.catalogs = catalogs;
        this.profiles = profiles;
        this.pages = pages;
        this.orders = orders;
        this.zone = ZoneId.of(config.getTimeZone());
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> index() {
        Map<String, JsonNode> added = profiles.all();
        List<StoreCard> cards = new ArrayList<>();
        for (Catalog catalog : catalogs.all()) {
            JsonNode pds = added.remove(catalog.store().posStoreId());
            String name = pds != null ? pds.path("storeInfo").path("name").asText(catalog.store().posStoreId())
                    : catalog.storeName() != null ? catalog.storeName() : catalog.store().posStoreId();
            cards.add(new StoreCard(name, catalog.store().toString(), href(catalog.store()), catalog.products().size(),
                    pds == null ? "synced (no addStore)" : "added and synced"));
        }
        added.forEach((storeId, pds) -> cards.add(new StoreCard(pds.path("storeInfo").path("name").asText(storeId), storeId, null, 0,
                "added; waiting for its syncProduct")));
        return new ModelAndView<>("storefront/index", Map.of("stores", cards, "page", "storefront"));
    }

    @Get(uri = "/stores/{posAccountId}/{posStoreId}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> store(String posAccountId, String posStoreId) {
        return pages.find(new StoreKey(posAccountId, posStoreId))
                .<HttpResponse<?>>map(page -> HttpResponse.ok(new ModelAndView<>("storefront/store", Map.of("store", page, "page", "storefront"))))
                .orElseGet(() -> HttpResponse.notFound(new ModelAndView<>("storefront/missing",
                        Map.of("what", "No synced catalog for store " + posAccountId + "/" + posStoreId, "page", "storefront"))));
    }

    @Post(uri = "/stores/{posAccountId}/{posStoreId}/quote", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Quote> quote(String posAccountId, String posStoreId, @Body Basket basket) {
        return checkout(posAccountId, posStoreId, basket, "QUOTE").map(priced -> HttpResponse.ok(priced.quote()))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(uri = "/stores/{posAccountId}/{posStoreId}/orders", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> pay(String posAccountId, String posStoreId, @Body Basket basket) {
        String requestOrderId = CustomerOrders.newRequestOrderId();
        return checkout(posAccountId, posStoreId, basket, requestOrderId).<HttpResponse<?>>map(priced -> {
            if (priced.request() == null) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(priced.quote());
            }
            SimOrder order = orders.pay(priced.request());
            return HttpResponse.created(new Paid(order.requestOrderId(), "/orders/" + order.requestOrderId(), priced.quote()));
        }).orElseGet(HttpResponse::notFound);
    }

    private Optional<Checkout.Priced> checkout(String posAccountId, String posStoreId, Basket basket, String requestOrderId) {
        StoreKey key = new StoreKey(posAccountId, posStoreId);
        return catalogs.find(key).map(catalog -> new Checkout(catalog, profiles.find(posStoreId).orElse(null), zone)
                .price(basket, requestOrderId, OffsetDateTime.now(zone)));
    }

    static String href(StoreKey store) {
        return "/stores/" + store.posAccountId() + "/" + store.posStoreId();
    }
}

package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.merchant.client.MerchantCatalogApi;
import dev.dstorekit.api.merchant.client.MerchantOrdersApi;
import dev.dstorekit.api.merchant.client.MerchantStoresApi;
import dev.dstorekit.api.merchant.model.Catalog;
import dev.dstorekit.api.merchant.model.StoreSummary;
import dev.dstorekit.api.pds.model.PdsStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox's merchant, acting through the POS's merchant API with the generated client (service {@code merchant}:
 * {@code simulator.merchant-variables.base}, bearer token {@link dev.dstorekit.simulator.merchant.MerchantApiToken}).
 * Each answer is put in the words the sandbox prints; a refusal or no answer at all is a {@link CouldNotRun}.
 */
@Singleton
class SandboxMerchant {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MerchantStoresApi stores;
    private final MerchantCatalogApi catalogs;
    private final MerchantOrdersApi orders;
    private final JsonMapper json;
    private final String url;

    SandboxMerchant(MerchantStoresApi stores, MerchantCatalogApi catalogs, MerchantOrdersApi orders, JsonMapper json,
                    @Property(name = "micronaut.http.services.merchant.url") String url) {
        this.stores = stores;
        this.catalogs = catalogs;
        this.orders = orders;
        this.json = json;
        this.url = url;
    }

    /** Adds the store ({@code POST /merchant/v1/stores}); one the account already has is carried on with. */
    String addStore(byte[] body, String source, String storeId) throws CouldNotRun {
        PdsStore store = read(body, source, PdsStore.class);
        try {
            StoreSummary added = call("POST /merchant/v1/stores", () -> stores.addStore(store).body());
            return "HTTP 201: " + text(added.getPosStoreId(), "") + " added (autoAccept=" + text(added.getAutoAccept(), "")
                    + "); pos-server queued a pds addStore for D-Store (" + text(added.getAddStoreState(), "?") + ")";
        } catch (Refused e) {
            if (e.status == HttpStatus.CONFLICT.getCode()) {
                return "HTTP 409: " + storeId + " is already a store of this account; carrying on with it";
            }
            throw e.couldNotRun();
        }
    }

    /** Replaces the store's catalog ({@code PUT …/catalog}); returns how many products the POS stored. */
    int replaceCatalog(String storeId, byte[] body, String source) throws CouldNotRun {
        Catalog catalog = read(body, source, Catalog.class);
        try {
            return call("PUT /merchant/v1/stores/" + storeId + "/catalog", () -> catalogs.replaceCatalog(storeId, catalog)).getProducts().size();
        } catch (Refused e) {
            throw e.couldNotRun();
        }
    }

    /** The POS's view of each order (the merchant API's OrderDetail) by posOrderId; orders it cannot show are left out. */
    Map<String, JsonNode> orders(List<String> posOrderIds) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String posOrderId : posOrderIds) {
            try {
                views.put(posOrderId, JSON.readTree(json.writeValueAsBytes(orders.getOrder(posOrderId))));
            } catch (HttpClientException | IOException e) {
                // the summary shows the order without the POS's view
            }
        }
        return views;
    }

    private <T> T call(String what, Supplier<T> call) throws CouldNotRun, Refused {
        try {
            return call.get();
        } catch (HttpClientResponseException e) {
            throw new Refused(what, e);
        } catch (HttpClientException e) {
            throw new CouldNotRun("no merchant API answering at " + url + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private <T> T read(byte[] body, String source, Class<T> type) throws CouldNotRun {
        try {
            return json.readValue(body, Argument.of(type));
        } catch (IOException e) {
            throw new CouldNotRun(source + ": not a " + type.getSimpleName() + " (" + e.getMessage() + ")");
        }
    }

    private static String text(Object value, String absent) {
        return value == null ? absent : value.toString();
    }

    /** The merchant API answered with an error status. */
    private static final class Refused extends Exception {

        final int status;
        private final String body;

        Refused(String call, HttpClientResponseException e) {
            super(call);
            this.status = e.getStatus().getCode();
            this.body = e.getResponse().getBody(String.class).orElse("").strip();
        }

        CouldNotRun couldNotRun() {
            String hint = status == HttpStatus.UNAUTHORIZED.getCode() ? " (the merchant token is not one of pos.merchants[].api-token)" : "";
            return new CouldNotRun(getMessage() + " answered HTTP " + status + hint + ": " + body.substring(0, Math.min(400, body.length())));
        }
    }
}

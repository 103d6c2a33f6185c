package dev.dstorekit.pos.store.web;

import dev.dstorekit.api.merchant.model.OutboundState;
import dev.dstorekit.api.merchant.model.StoreList;
import dev.dstorekit.api.merchant.model.StoreSummary;
import dev.dstorekit.api.merchant.server.MerchantStoresApi;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.pos.merchant.web.CurrentMerchant;
import dev.dstorekit.pos.store.application.MerchantStores;
import dev.dstorekit.pos.store.application.StoreView;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The merchant's stores. A new store is described in the pds model (store info, menus, business rules) and goes to
 * D-Store as it came; its {@code storeInfo.storeId} becomes its posStoreId in this account.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MerchantStoresController implements MerchantStoresApi {

    private final MerchantStores stores;
    private final JsonMapper json;

    public MerchantStoresController(MerchantStores stores, JsonMapper json) {
        this.stores = stores;
        this.json = json;
    }

    @Override
    public HttpResponse<StoreSummary> addStore(PdsStore pdsStore) {
        StoreView added = stores.add(CurrentMerchant.account(), pdsStore.getStoreInfo().getStoreId(),
                pdsStore.getStoreInfo().getName(), write(pdsStore));
        return HttpResponse.created(summary(added));
    }

    @Override
    public StoreList listStores() {
        return new StoreList(stores.list(CurrentMerchant.account()).stream().map(MerchantStoresController::summary)
                .toList());
    }

    private static StoreSummary summary(StoreView view) {
        StoreSummary summary = new StoreSummary(view.posStoreId());
        summary.setName(view.name());
        summary.setAutoAccept(view.autoAccept());
        summary.setAddStoreState(view.addStoreState() == null ? null
                : OutboundState.fromValue(view.addStoreState().name()));
        summary.setCatalogResyncNeeded(view.catalogResyncNeeded());
        return summary;
    }

    private String write(PdsStore store) {
        try {
            return new String(json.writeValueAsBytes(Argument.of(PdsStore.class), store), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

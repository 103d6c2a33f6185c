package dev.dstorekit.simulator.pds;

import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.BusinessRule;
import dev.dstorekit.api.pds.model.Menu;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.api.pds.model.StoreInfo;
import dev.dstorekit.simulator.config.SimulatorSettings;
import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * addStore: exactly one of {@code store}/{@code stores}, every store checked by {@link PdsRules}, storeIds new to
 * the simulator (else STORE_ALREADY_EXISTS), a HAWKER store's areaId known when {@code simulator.pds-areas} lists
 * the synced shopping areas (else AREA_NOT_FOUND). Stores are added only when the whole request passes.
 */
@Singleton
public class AddStoreService {

    private final PdsRules rules;
    private final PdsStoreRepository stores;
    private final ViolationLog violations;
    private final Set<String> knownAreas;
    private final Clock clock = Clock.systemUTC();

    public AddStoreService(PdsRules rules, PdsStoreRepository stores, ViolationLog violations, SimulatorSettings settings) {
        this.rules = rules;
        this.stores = stores;
        this.violations = violations;
        this.knownAreas = Set.copyOf(settings.pdsAreas());
    }

    public Reply add(AddStoreRequest request) {
        if ((request.getStore() == null) == (request.getStores() == null)) {
            return Reply.paramIllegal("Illegal parameters: exactly one of store or stores must be present.");
        }
        List<PdsStore> list = request.getStore() != null ? List.of(request.getStore()) : request.getStores();
        String prefix = request.getStore() != null ? "store" : "stores";
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = request.getStore() != null ? prefix : prefix + "[" + i + "]";
            PdsStore store = list.get(i);
            Optional<String> problem = rules.check(path, store);
            if (problem.isPresent()) {
                return Reply.paramIllegal(problem.get());
            }
            StoreInfo info = store.getStoreInfo();
            if (!ids.add(info.getStoreId())) {
                return Reply.paramIllegal(path + ".storeInfo.storeId: " + info.getStoreId() + " appears more than once in this request");
            }
            if (!knownAreas.isEmpty() && info.getAreaId() != null && !knownAreas.contains(info.getAreaId())) {
                return Reply.failure("AREA_NOT_FOUND", path + ".storeInfo.areaId: " + info.getAreaId()
                        + " is not a synced shopping area; sync the ShoppingArea first");
            }
            Optional<PdsStoreRecord> existing = stores.find(info.getStoreId());
            if (existing.isPresent()) {
                return Reply.failure("STORE_ALREADY_EXISTS", path + ".storeInfo.storeId: " + info.getStoreId()
                        + " already exists in this D-store; update it with syncStore");
            }
        }
        for (PdsStore store : list) {
            Optional<PdsStoreRecord> clash = stores.addIfAbsent(record(store, request.getRequestId()));
            if (clash.isPresent()) {
                return Reply.failure("STORE_ALREADY_EXISTS", "storeId " + clash.get().storeId() + " already exists in this D-store");
            }
            for (String missing : rules.menusWithoutRules(store)) {
                violations.record(ViolationKind.MENU_WITHOUT_RULES, null, "addStore",
                        "store " + store.getStoreInfo().getStoreId() + ": " + missing + "; the menu is not usable");
            }
        }
        return Reply.success();
    }

    private PdsStoreRecord record(PdsStore store, String requestId) {
        StoreInfo info = store.getStoreInfo();
        List<String> menuTypes = new ArrayList<>();
        if (store.getMenus() != null) {
            store.getMenus().stream().map(Menu::getMenuInfo).filter(Objects::nonNull)
                    .forEach(menu -> menuTypes.add(menu.getMenuType().getValue()));
        }
        List<String> scenes = info.getBusinessRule() == null ? List.of()
                : info.getBusinessRule().stream().map(BusinessRule::getScene).map(scene -> scene.getValue()).toList();
        return new PdsStoreRecord(info.getStoreId(), info.getName(),
                info.getStoreType() == null ? null : info.getStoreType().getValue(), info.getAreaId(),
                List.copyOf(menuTypes), scenes, requestId, clock.instant(), store);
    }
}

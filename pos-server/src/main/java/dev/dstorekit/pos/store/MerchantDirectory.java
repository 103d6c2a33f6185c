package dev.dstorekit.pos.store;

import dev.dstorekit.pos.merchant.ApiTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merchants and stores this POS serves, as configured. createOrder consults it first: an order for a store that
 * is neither here nor added through the merchant API cannot reach any merchant and is refused with STORE_NOT_FOUND.
 */
public final class MerchantDirectory implements ApiTokens {

    private final List<MerchantConfig> merchants;
    private final Map<String, Map<String, StoreConfig>> stores = new LinkedHashMap<>();

    public MerchantDirectory(List<MerchantConfig> merchants) {
        this.merchants = List.copyOf(merchants);
        for (MerchantConfig merchant : merchants) {
            Map<String, StoreConfig> byId = stores.computeIfAbsent(merchant.posAccountId(), k -> new LinkedHashMap<>());
            merchant.stores().forEach(store -> byId.put(store.posStoreId(), store));
        }
    }

    public Optional<StoreConfig> store(String posAccountId, String posStoreId) {
        return Optional.ofNullable(stores.getOrDefault(posAccountId, Map.of()).get(posStoreId));
    }

    public List<MerchantConfig> merchants() {
        return merchants;
    }

    public List<StoreConfig> allStores() {
        return merchants.stream().flatMap(m -> m.stores().stream()).toList();
    }

    @Override
    public Map<String, String> tokensByAccount() {
        Map<String, String> tokens = new LinkedHashMap<>();
        merchants.stream().filter(m -> m.apiToken() != null).forEach(m -> tokens.put(m.posAccountId(), m.apiToken()));
        return tokens;
    }
}

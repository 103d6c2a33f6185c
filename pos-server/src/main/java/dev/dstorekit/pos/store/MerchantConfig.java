package dev.dstorekit.pos.store;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A merchant account as configured under {@code pos.merchants}.
 *
 * @param posAccountId the account id given out to the merchant (sent by D-Store as posAccountId)
 * @param apiToken     the merchant API token (used by the merchant API); never logged
 * @param stores       at least one store
 */
public record MerchantConfig(String posAccountId, @Nullable String apiToken, List<StoreConfig> stores) {

    public MerchantConfig {
        stores = List.copyOf(stores);
    }

    @Override
    public String toString() {
        return "MerchantConfig[posAccountId=" + posAccountId + ", stores=" + stores + "]";
    }
}

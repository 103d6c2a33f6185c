package dev.dstorekit.simulator.merchant;

import dev.dstorekit.simulator.config.SimulatorConfiguration;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * The merchant account's bearer token ({@code simulator.merchant-variables.token}, the one the shipped merchant
 * driver script uses too) on every call of the generated merchant-API client, service {@code merchant}.
 */
@ClientFilter(serviceId = "merchant")
public final class MerchantApiToken {

    private final String token;

    public MerchantApiToken(SimulatorConfiguration config) {
        this.token = config.getMerchantVariables().get("token");
    }

    @RequestFilter
    public void bearer(MutableHttpRequest<?> request) {
        if (token != null && !token.isBlank()) {
            request.bearerAuth(token.strip());
        }
    }
}

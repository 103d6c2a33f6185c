package dev.dstorekit.pos.merchant.web;

import io.micronaut.http.context.ServerRequestContext;

/** The account of the merchant API call being served, as {@link MerchantAuthFilter} established it. */
public final class CurrentMerchant {

    private CurrentMerchant() {
    }

    public static String account() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(MerchantAuthFilter.ACCOUNT, String.class))
                .orElseThrow(() -> new IllegalStateException("merchant API call without an authenticated account"));
    }
}

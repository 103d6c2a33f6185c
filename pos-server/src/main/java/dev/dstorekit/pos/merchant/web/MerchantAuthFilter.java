package dev.dstorekit.pos.merchant.web;

import dev.dstorekit.pos.merchant.MerchantTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <api-token>} on every merchant API call: a missing or unknown token is answered 401
 * before anything else runs; a known token fixes the account every query and change of the call is scoped to.
 */
@ServerFilter(MerchantAuthFilter.PATTERN)
public class MerchantAuthFilter implements Ordered {

    public static final String PATTERN = "/merchant/**";
    /** The request attribute holding the caller's posAccountId. */
    public static final String ACCOUNT = "pos.merchant.account";
    public static final int ORDER = ProblemFilter.ORDER + 10;

    private static final String BEARER = "bearer ";

    private final MerchantTokens tokens;
    private final Problems problems;

    public MerchantAuthFilter(MerchantTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<String> account = bearer(request.getHeaders().get(HttpHeaders.AUTHORIZATION)).flatMap(tokens::account);
        if (account.isEmpty()) {
            return problems.response(Problems.problem(401, null)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        request.setAttribute(ACCOUNT, account.get());
        return null;
    }

    private static Optional<String> bearer(@Nullable String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

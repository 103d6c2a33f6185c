package dev.dstorekit.pos.merchant.web;

import dev.dstorekit.api.answer.RequestSchemas;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The request body schema of every merchant API operation, from {@code openapi/merchant-api.yaml} on the classpath
 * (its references into the D-Store specs resolve there too), checked by api-specs' {@link RequestSchemas}. Used
 * where the decoder falls short: it coerces some values of the wrong type silently, and when a body does not decode
 * at all it cannot say where; validating the raw body names the field ({@code amount.value: string found, integer
 * expected}). Loaded on first use or by {@link #warmUp()}.
 */
@Singleton
public class MerchantRequestSchemas {

    static final String SPEC = "merchant-api.yaml";

    private final RequestSchemas schemas = new RequestSchemas(SPEC);

    /** Loads the schemas now (see {@link RequestSchemas#warmUp()}). */
    public void warmUp() {
        schemas.warmUp();
    }

    /** The first violation of {@code body} for the operation at {@code method path}, naming the field. */
    public Optional<String> firstProblem(String method, String path, byte[] body) {
        return schemas.firstProblem(method, path, body);
    }

    /** Whether the operation at {@code method path} requires a body. */
    public boolean bodyRequired(String method, String path) {
        return schemas.bodyRequired(method, path);
    }

    /** The first value of the wrong JSON type, which the decoder would coerce (4.5 → 4, true → 1). */
    public Optional<String> firstTypeProblem(String method, String path, byte[] body) {
        return schemas.firstTypeProblem(method, path, body);
    }
}

package dev.dstorekit.pos.shared;

/**
 * A request that is well-formed JSON and matches the schema but breaks a rule of the contract, named by its field:
 * D-Store's calls answer it F/PARAM_ILLEGAL with {@code field: message}, the merchant API 400 with the same detail.
 */
public record FieldProblem(String field, String message) {

    public String describe() {
        return field + ": " + message;
    }
}

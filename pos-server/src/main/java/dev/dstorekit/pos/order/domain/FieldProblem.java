package dev.dstorekit.pos.order.domain;

/**
 * A request that is well-formed JSON and matches the schema but breaks a rule of the contract; answered
 * F/PARAM_ILLEGAL with {@code field: message}.
 */
public record FieldProblem(String field, String message) {

    public String describe() {
        return field + ": " + message;
    }
}

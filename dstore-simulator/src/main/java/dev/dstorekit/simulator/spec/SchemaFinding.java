package dev.dstorekit.simulator.spec;

/**
 * One way a JSON value breaks its schema.
 *
 * @param field   the JSON path of the offending value, e.g. {@code products[0].type}; {@code request body} for the root
 * @param problem what is wrong, e.g. {@code is required}
 */
public record SchemaFinding(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}

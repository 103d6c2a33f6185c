package dev.dstorekit.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.conformance.client.Operation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A request made invalid in exactly one place, derived from a valid request and the spec.
 *
 * @param operation   the operation it is sent to
 * @param kind        what kind of violation
 * @param field       the JSON path of the field, e.g. {@code orderProducts[0].quantity}
 * @param violation   what was done, e.g. {@code 0 (minimum 1)}
 * @param body        the invalid request
 */
public record Mutation(Operation operation, Kind kind, String field, String violation, JsonNode body) {

    /** The kinds of violation, one case each. */
    public enum Kind {
        MISSING_REQUIRED, ENUM, LENGTH, RANGE_TYPE_OR_FORMAT
    }

    /** The field's own name, e.g. {@code value} for {@code orderProducts[0].unitPrice.value}. */
    public String leafName() {
        List<String> names = names();
        return names.get(names.size() - 1);
    }

    /**
     * Whether an F/PARAM_ILLEGAL message names the field: it mentions the field's name and, for a nested field,
     * its parent's name too ({@code unitPrice} and {@code value}), so a generic word such as "value" is not enough.
     */
    public boolean namedBy(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> names = names();
        return names.subList(Math.max(0, names.size() - 2), names.size()).stream()
                .allMatch(name -> text.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** The property names of the path, indexes dropped: {@code [orderProducts, unitPrice, value]}. */
    private List<String> names() {
        return Arrays.stream(field.split("\\.")).map(n -> n.replaceAll("\\[\\d+]", "")).toList();
    }

    /** Shown as the parameterized case's name. */
    @Override
    public String toString() {
        return operation.id() + " " + field + ": " + violation;
    }
}

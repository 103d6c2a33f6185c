package dev.dstorekit.stacks;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads {@code allOf: [{$ref: X}]} with only annotations beside it (description, extensions) as {@code $ref: X}.
 * A spec may wrap a reference that way to give it a description of its own: the wire format is the same and every
 * generator checked in this module makes the same types of both, but openapi-diff reports "type changed".
 */
final class AllOfWrappers {

    private AllOfWrappers() {
    }

    static OpenAPI unwrap(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().replaceAll((name, schema) -> walk(schema));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(AllOfWrappers::operation));
        }
        return api;
    }

    private static void operation(Operation op) {
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
            op.getResponses().values().forEach(response -> content(response.getContent()));
        }
    }

    private static void content(Content content) {
        if (content != null) {
            content.values().forEach(media -> media.setSchema(walk(media.getSchema())));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema walk(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).replaceAll((name, property) -> walk(property));
        }
        schema.setItems(walk(schema.getItems()));
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            schema.setAdditionalProperties(walk(additional));
        }
        UnaryOperator<List<Schema>> each = list -> {
            if (list != null) {
                list.replaceAll(AllOfWrappers::walk);
            }
            return list;
        };
        each.apply(schema.getAllOf());
        each.apply(schema.getOneOf());
        each.apply(schema.getAnyOf());
        return wrapper(schema) ? referenceOf(schema) : schema;
    }

    @SuppressWarnings("rawtypes")
    private static boolean wrapper(Schema schema) {
        return schema instanceof ComposedSchema && schema.getAllOf() != null && schema.getAllOf().size() == 1
                && ((Schema) schema.getAllOf().get(0)).get$ref() != null
                && schema.getOneOf() == null && schema.getAnyOf() == null
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getType() == null && schema.getEnum() == null && schema.getRequired() == null;
    }

    @SuppressWarnings("rawtypes")
    private static Schema referenceOf(Schema wrapper) {
        Schema reference = new Schema().$ref(((Schema) wrapper.getAllOf().get(0)).get$ref());
        reference.setDescription(wrapper.getDescription());
        return reference;
    }
}

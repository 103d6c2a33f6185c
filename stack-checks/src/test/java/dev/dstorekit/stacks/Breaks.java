package dev.dstorekit.stacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/** The incompatible changes openapi-diff found, one line each, naming the operation and the property path. */
final class Breaks {

    private final String side;
    private final List<String> lines = new ArrayList<>();

    private Breaks(String side) {
        this.side = side;
    }

    static List<String> of(ChangedOpenApi diff, String side) {
        Breaks breaks = new Breaks(side);
        for (Endpoint removed : diff.getMissingEndpoints()) {
            breaks.add(removed.getMethod() + " " + removed.getPathUrl() + ": operation removed");
        }
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (op.isIncompatible()) {
                breaks.operation(op);
            }
        }
        return breaks.lines;
    }

    private void operation(ChangedOperation op) {
        String name = op.getHttpMethod() + " " + op.getPathUrl();
        int before = lines.size();
        if (incompatible(op.getOperationId())) {
            add(name + ": operationId changed");
        }
        if (op.getRequestBody() != null && op.getRequestBody().isIncompatible()) {
            if (op.getRequestBody().isChangeRequired()) {
                add(name + ": request body now required");
            }
            content(name + " request", op.getRequestBody().getContent());
        }
        ChangedApiResponse responses = op.getApiResponses();
        if (responses != null && responses.isIncompatible()) {
            responses.getMissing().keySet().forEach(code -> add(name + ": response " + code + " removed"));
            for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
                content(name + " response " + response.getKey(), response.getValue().getContent());
            }
        }
        if (lines.size() == before) {
            add(name + ": changed incompatibly (security, parameters or headers)");
        }
    }

    private void content(String where, ChangedContent content) {
        if (content == null || !content.isIncompatible()) {
            return;
        }
        content.getMissing().keySet().forEach(type -> add(where + ": media type " + type + " removed"));
        content.getChanged().values().forEach(media -> schema(where, "", media.getSchema()));
    }

    private void schema(String where, String path, ChangedSchema schema) {
        if (schema == null || !schema.isIncompatible()) {
            return;
        }
        String at = where + " " + (path.isEmpty() ? "body" : path.substring(1));
        int before = lines.size();
        boolean request = schema.getContext().isRequest();
        if (schema.isChangedType()) {
            add(at + ": type changed");
        }
        if (incompatible(schema.getEnumeration())) {
            add(at + ": enum values " + (request
                    ? "removed " + schema.getEnumeration().getMissing()
                    : "added " + schema.getEnumeration().getIncreased()));
        }
        if (incompatible(schema.getRequired())) {
            add(at + ": " + (request
                    ? "now required " + schema.getRequired().getIncreased()
                    : "no longer required " + schema.getRequired().getMissing()));
        }
        if (!request && !schema.getMissingProperties().isEmpty()) {
            add(at + ": properties removed " + schema.getMissingProperties().keySet());
        }
        if (incompatible(schema.getMaxLength())) {
            add(at + ": max length " + (request ? "lowered " : "raised ") + schema.getMaxLength().getOldValue()
                    + " → " + schema.getMaxLength().getNewValue());
        }
        for (Changed other : List.of(nonNull(schema.getMinLength()), nonNull(schema.getNumericRange()),
                nonNull(schema.getPattern()), nonNull(schema.getReadOnly()), nonNull(schema.getWriteOnly()),
                nonNull(schema.getOneOfSchema()))) {
            if (incompatible(other)) {
                add(at + ": " + other.getClass().getSimpleName().replace("Changed", "").toLowerCase() + " changed");
            }
        }
        schema.getChangedProperties().forEach((name, property) -> schema(where, path + "." + name, property));
        schema(where, path + "[]", schema.getItems());
        schema(where, path + ".*", schema.getAddProp());
        if (lines.size() == before) {
            add(at + ": changed incompatibly");
        }
    }

    private void add(String line) {
        lines.add(line + " (breaks " + side + ")");
    }

    private static boolean incompatible(Changed changed) {
        return changed != null && changed.isIncompatible();
    }

    private static Changed nonNull(Changed changed) {
        return changed == null ? () -> DiffResult.NO_CHANGES : changed;
    }
}

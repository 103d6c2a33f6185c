package dev.dstorekit.api.answer;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Result a D-Store API call gets when it could not be handled normally, with a message that names
 * the offending field where one can be named. Valid as the body of every operation's answer, since
 * every answer schema requires only {@code result}.
 *
 * @param status  S, F or U
 * @param code    the resultCode
 * @param message the resultMessage: for F the precise reason, for U a fixed text
 */
public record ResultAnswer(String status, String code, String message) {

    private static final Pattern SERDE_PROPERTY = Pattern.compile("Error decoding property \\[(?:[^\\]]* )?(\\w+)\\] of type \\[[^\\]]*\\]: (.*)", Pattern.DOTALL);
    private static final Pattern CONVERSION_PREFIX = Pattern.compile("^Failed to convert argument \\[[^\\]]*\\] for value \\[[^\\]]*\\] due to: ");
    private static final int MAX_MESSAGE = 256;
    /** How an answer starts when the decoder could not name the field. */
    static final String SCHEMA_MISMATCH = "request body does not match the schema";

    public static ResultAnswer paramIllegal(String message) {
        return new ResultAnswer("F", "PARAM_ILLEGAL", truncate(message));
    }

    public static ResultAnswer unknown() {
        return new ResultAnswer("U", "UNKNOWN_EXCEPTION", "Temporary failure; retry with the same parameters");
    }

    /** The answer for an error Micronaut would have sent as HTTP {@code httpStatus}. */
    public static ResultAnswer forFailure(int httpStatus, Throwable cause) {
        if (httpStatus >= 500) {
            return unknown();
        }
        if (cause instanceof ConstraintViolationException violations) {
            return paramIllegal(describe(violations));
        }
        if (cause instanceof JsonSyntaxException) {
            return paramIllegal("request body is not valid JSON");
        }
        if (cause instanceof UnsatisfiedBodyRouteException) {
            return paramIllegal("request body is missing");
        }
        if (cause instanceof ConversionErrorException conversion) {
            return paramIllegal(describe(conversion));
        }
        return switch (httpStatus) {
            case 404 -> new ResultAnswer("F", "INVALID_API", "no such API");
            case 405 -> new ResultAnswer("F", "METHOD_NOT_SUPPORTED", "only POST is supported");
            case 406, 415 -> new ResultAnswer("F", "MEDIA_TYPE_NOT_ACCEPTABLE", "send application/json; charset=UTF-8");
            case 413 -> paramIllegal("request body too large");
            default -> paramIllegal("request could not be read (HTTP " + httpStatus + ")");
        };
    }

    /** {@code {"result": {...}}}. */
    public Map<String, Object> asBody() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resultStatus", status);
        result.put("resultCode", code);
        result.put("resultMessage", message);
        return Map.of("result", result);
    }

    /** {@code orderProducts[0].quantity: must be greater than or equal to 1}; several joined by "; ". */
    public static String describe(ConstraintViolationException e) {
        List<String> parts = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            parts.add(fieldPath(violation.getPropertyPath()) + ": " + violation.getMessage());
        }
        return parts.stream().sorted().collect(Collectors.joining("; "));
    }

    /**
     * The field of a violation as the caller wrote it: the method node is dropped, and for a body the parameter node
     * too ({@code createOrder.request.orderProducts[0].quantity} → {@code orderProducts[0].quantity};
     * {@code listOrders.limit} → {@code limit}).
     */
    public static String fieldPath(Path path) {
        List<String> nodes = new ArrayList<>();
        for (Iterator<Path.Node> it = path.iterator(); it.hasNext(); ) {
            Path.Node node = it.next();
            // Bean Validation puts a container's index on the node *inside* it: orderProducts, quantity(in [0])
            if (node.isInIterable() && !nodes.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                int last = nodes.size() - 1;
                nodes.set(last, nodes.get(last) + "[" + position + "]");
            }
            nodes.add(node.getName() == null ? "" : node.getName());
        }
        List<String> field = nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes.subList(nodes.size() - 1, nodes.size());
        String joined = String.join(".", field).replace(".[", "[");
        return joined.isEmpty() ? "request body" : joined;
    }

    static String describe(ConversionErrorException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int source = message.indexOf("\n at [Source");
        if (source >= 0) {
            message = message.substring(0, source);
        }
        message = CONVERSION_PREFIX.matcher(message).replaceFirst("").trim();
        Matcher property = SERDE_PROPERTY.matcher(message);
        if (property.find()) {
            return property.group(1) + ": " + property.group(2).trim();
        }
        return SCHEMA_MISMATCH + ": " + message;
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}

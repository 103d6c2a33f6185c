package dev.dstorekit.signature.micronaut;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a message body into the exact bytes that go on the wire, so they can be signed before
 * anything else touches them. A {@code byte[]} body is already final and passes unchanged.
 */
final class WireBodies {

    private WireBodies() {
    }

    static byte[] encode(JsonMapper jsonMapper, Object body) {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return jsonMapper.writeValueAsBytes(Argument.ofInstance(body), body);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode " + body.getClass().getSimpleName(), e);
        }
    }

    /** {@code {"result":{"resultStatus":"F","resultCode":code,"resultMessage":message}}}: valid for every operation. */
    static byte[] failure(JsonMapper jsonMapper, String status, String code, String message) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resultStatus", status);
        result.put("resultCode", code);
        result.put("resultMessage", message);
        return encode(jsonMapper, Map.of("result", result));
    }
}

package dev.dstorekit.simulator.spec;

/**
 * One operation of a shipped spec.
 *
 * @param spec            the spec file on the classpath under {@code openapi/}
 * @param path            e.g. {@code /v2/pos/syncProduct}
 * @param operationId     e.g. {@code syncProduct}
 * @param requestSchema   component schema of the request body
 * @param responseSchema  component schema of the 200 answer
 */
public record SpecOperation(String spec, String path, String operationId, String requestSchema, String responseSchema) {
}

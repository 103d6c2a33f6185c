package dev.dstorekit.resources;

/**
 * A resources file cannot be used. The message starts with the file and, where there is one, the field
 * ({@code sandbox.yml: pos.posStoreId: required}), and never contains key material.
 */
public final class ResourcesFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, for callers that react differently (a tool's exit code, a test). */
    public enum Problem {
        /** The file does not exist or cannot be read. */
        UNREADABLE,
        /** The file is not YAML (or JSON). */
        NOT_YAML,
        /** A field is missing, unknown or has a value of the wrong form (see the JSON Schema). */
        INVALID_FIELD,
        /** A key field holds no usable RSA key of at least 2048 bits (or names a file that holds none). */
        INVALID_KEY
    }

    private final Problem problem;
    private final String field;

    ResourcesFileException(Problem problem, String file, String field, String detail) {
        super(file + ": " + (field == null ? "" : field + ": ") + detail);
        this.problem = problem;
        this.field = field;
    }

    public Problem problem() {
        return problem;
    }

    /** The dotted field ({@code dstore.clientId}), or {@code null} when the problem is the whole file. */
    public String field() {
        return field;
    }
}

package dev.dstorekit.conformance.generate;

/**
 * One leaf of a generated request at an edge.
 *
 * @param path        where it is, e.g. {@code orderProducts[0].name}
 * @param description what makes it an edge, e.g. {@code 255 code points (510 UTF-16 units, 1020 UTF-8 bytes), non-BMP}
 */
public record EdgeLeaf(String path, String description) {

    /** The path without array indexes, naming the field of the schema: {@code orderProducts[].name}. */
    public String field() {
        return path.replaceAll("\\[\\d+]", "[]").replaceAll("<(key|value) \\d+>", "<$1>");
    }

    @Override
    public String toString() {
        return path + ": " + description;
    }
}

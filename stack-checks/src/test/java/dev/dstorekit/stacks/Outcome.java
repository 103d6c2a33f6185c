package dev.dstorekit.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one generated model made of one case: read or refused (with the error), and what it wrote back. */
record Outcome(String id, boolean read, String error, JsonNode written) {

    static Outcome written(String id, JsonNode written) {
        return new Outcome(id, true, null, written);
    }

    static Outcome refused(String id, Exception error) {
        return new Outcome(id, false, error.getClass().getSimpleName() + ": " + error.getMessage(), null);
    }

    /** The results file a harness in another language wrote: [{id, read, error?, written?}]. */
    static List<Outcome> readAll(Path results) {
        try {
            List<Outcome> all = new ArrayList<>();
            for (JsonNode node : SpecCases.JSON.readTree(results.toFile())) {
                all.add(new Outcome(node.path("id").asText(), node.path("read").asBoolean(),
                        node.path("error").asText(null), node.get("written")));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

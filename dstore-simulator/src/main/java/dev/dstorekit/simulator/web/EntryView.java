package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dstorekit.simulator.journal.JournalEntry;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;

/**
 * A journal entry as the console shows it: the bodies pretty-printed (a body that is not JSON is shown as it came,
 * since the bytes on the wire are what the verdicts judge).
 */
record EntryView(JournalEntry entry, String request, @Nullable String answer) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static EntryView of(JournalEntry entry) {
        return new EntryView(entry, pretty(entry.requestBody()), entry.answerBody() == null ? null : pretty(entry.answerBody()));
    }

    /** {@code →} for a call to the POS, {@code ←} for one from it. */
    public String arrow() {
        return switch (entry.direction()) {
            case TO_POS -> "→ POS";
            case FROM_POS -> "← POS";
        };
    }

    static String pretty(String body) {
        try {
            return JSON.writeValueAsString(JSON.readTree(body));
        } catch (IOException | RuntimeException e) {
            return body;
        }
    }
}

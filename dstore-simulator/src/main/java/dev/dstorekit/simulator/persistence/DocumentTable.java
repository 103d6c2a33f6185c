package dev.dstorekit.simulator.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of record kept as JSON documents by key, in the order they were first written: what a write-through
 * repository needs to rebuild itself at start-up. A failed write is an {@link IllegalStateException}: the sandbox
 * would otherwise lose state without anyone knowing.
 */
public final class DocumentTable<T> {

    private final SandboxDatabase database;
    private final JsonMapper json;
    private final String kind;
    private final Argument<T> type;

    public DocumentTable(SandboxDatabase database, JsonMapper json, String kind, Class<T> type) {
        this.database = database;
        this.json = json;
        this.kind = kind;
        this.type = Argument.of(type);
    }

    /** Writes the record under its key, replacing what was there (it keeps its place in the order). */
    public void put(String key, T record) {
        String doc = write(record);
        update("MERGE INTO state_document (kind, doc_key, doc) KEY (kind, doc_key) VALUES (?, ?, ?)", key, doc);
    }

    public void delete(String key) {
        update("DELETE FROM state_document WHERE kind = ? AND doc_key = ?", key);
    }

    /** Deletes the records whose keys sort before {@code key} (keys of equal length compare as numbers would). */
    public void deleteBefore(String key) {
        update("DELETE FROM state_document WHERE kind = ? AND doc_key < ?", key);
    }

    public void deleteAll() {
        update("DELETE FROM state_document WHERE kind = ?");
    }

    /** Every record, oldest first. */
    public List<T> all() {
        List<T> records = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT doc FROM state_document WHERE kind = ? ORDER BY seq")) {
            select.setString(1, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sandbox's " + kind + ": " + e.getMessage(), e);
        }
        return records;
    }

    private void update(String sql, String... values) {
        try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind);
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 2, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the sandbox's " + kind + ": " + e.getMessage(), e);
        }
    }

    private String write(T record) {
        try {
            return new String(json.writeValueAsBytes(record), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private T read(String doc) {
        try {
            return json.readValue(doc.getBytes(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored " + kind + " cannot be read: " + e.getMessage(), e);
        }
    }
}

package dev.dstorekit.pos.catalog;

import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Answers which product ids of an order the store's catalog does not know. It runs once per createOrder, inside its
 * transaction, so it is one plain JDBC query on that transaction's connection (a repository query costs several
 * times the query itself in interception and mapping at a lunch-rush rate).
 */
@Singleton
public class CatalogLookup {

    private final JdbcOperations jdbc;

    public CatalogLookup(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids among {@code posProductIds} that the store's catalog lacks, in the order given. */
    @Transactional
    public Set<String> unknownProducts(String posAccountId, String posStoreId, Collection<String> posProductIds) {
        Set<String> unknown = new LinkedHashSet<>(posProductIds);
        if (unknown.isEmpty()) {
            return unknown;
        }
        String sql = "SELECT pos_product_id FROM products WHERE pos_account_id = ? AND pos_store_id = ? AND pos_product_id IN ("
                + "?,".repeat(unknown.size() - 1) + "?)";
        Connection connection = jdbc.getConnection();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, posAccountId);
            query.setString(2, posStoreId);
            int index = 3;
            for (String id : unknown) {
                query.setString(index++, StoredText.encode(id));
            }
            try (ResultSet known = query.executeQuery()) {
                while (known.next()) {
                    unknown.remove(StoredText.decode(known.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("catalog lookup for " + posAccountId + "/" + posStoreId + " failed: "
                    + e.getMessage(), e);
        }
        return unknown;
    }
}

package dev.dstorekit.pos.catalog.persistence;

import dev.dstorekit.pos.catalog.application.CatalogLookup;
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
 * {@link CatalogLookup} as one plain JDBC query on the createOrder transaction's connection: it runs once per
 * createOrder, and a repository query costs several times the query itself in interception and mapping at a
 * lunch-rush rate.
 */
@Singleton
public class JdbcCatalogLookup implements CatalogLookup {

    private final JdbcOperations jdbc;

    public JdbcCatalogLookup(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
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

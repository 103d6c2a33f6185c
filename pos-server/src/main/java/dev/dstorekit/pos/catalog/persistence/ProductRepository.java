package dev.dstorekit.pos.catalog.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** The {@code products} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProductRepository extends CrudRepository<ProductEntity, ProductKey> {

    /** The store's catalog in the merchant's order. */
    @Query("SELECT * FROM products WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId"
            + " ORDER BY position, pos_product_id")
    List<ProductEntity> findCatalog(String posAccountId, String posStoreId);

    @Query("DELETE FROM products WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId")
    int deleteCatalog(String posAccountId, String posStoreId);

    @Query("UPDATE products SET status = :status, updated_at = :updatedAt WHERE pos_account_id = :posAccountId"
            + " AND pos_store_id = :posStoreId AND pos_product_id = :posProductId")
    int updateStatus(String posAccountId, String posStoreId, String posProductId, String status, Instant updatedAt);
}

package dev.dstorekit.pos.catalog.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** The {@code products} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProductRepository extends CrudRepository<ProductEntity, ProductKey> {

    @Query("SELECT pos_product_id FROM products WHERE pos_account_id = :posAccountId AND pos_store_id = :posStoreId"
            + " AND pos_product_id IN (:posProductIds)")
    List<String> findKnownIds(String posAccountId, String posStoreId, Collection<String> posProductIds);
}

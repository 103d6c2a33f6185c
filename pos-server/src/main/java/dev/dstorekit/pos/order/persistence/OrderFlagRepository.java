package dev.dstorekit.pos.order.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The {@code order_flags} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderFlagRepository extends GenericRepository<OrderFlagEntity, Long> {

    List<OrderFlagEntity> saveAll(Iterable<OrderFlagEntity> flags);

    List<OrderFlagEntity> findByOrderIdOrderById(long orderId);

    @Query("SELECT * FROM order_flags WHERE order_id IN (:orderIds) AND resolved_at IS NULL ORDER BY id")
    List<OrderFlagEntity> findOpen(Collection<Long> orderIds);
}

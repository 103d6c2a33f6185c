package dev.dstorekit.pos.order.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The {@code order_events} table: the history of each order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderEventRepository extends GenericRepository<OrderEventEntity, Long> {

    List<OrderEventEntity> saveAll(Iterable<OrderEventEntity> events);

    List<OrderEventEntity> findByOrderIdOrderById(long orderId);
}

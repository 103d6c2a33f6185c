package dev.dstorekit.pos.order.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The {@code order_lines} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrderLineRepository extends GenericRepository<OrderLineEntity, Long> {

    List<OrderLineEntity> saveAll(Iterable<OrderLineEntity> lines);

    List<OrderLineEntity> findByOrderIdAndRevisionOrderByLineNo(long orderId, int revision);
}

package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.order.domain.OrderLine;

import java.util.List;

/** An order locked for a change, with its current lines. */
public record OrderSnapshot(StoredOrder order, List<OrderLine> currentLines) {

    public OrderSnapshot {
        currentLines = List.copyOf(currentLines);
    }

    public long currentLinesTotal() {
        return currentLines.stream().mapToLong(line -> line.totalAmount().value()).sum();
    }
}

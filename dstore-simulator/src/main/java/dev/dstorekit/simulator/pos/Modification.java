package dev.dstorekit.simulator.pos;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.RefundInfo;
import dev.dstorekit.api.pos.model.UpdatedOrderProduct;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.order.SimOrder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GrabFood modification of an order: one unit fewer of the last line with several (or, failing that, the last
 * line dropped), and the difference refunded. Planned from the order's createOrder payload, so it belongs to the
 * gateway edge; flows see only the refund.
 */
public final class Modification {

    private static final ZoneOffset SINGAPORE = ZoneOffset.ofHours(8);

    private final List<UpdatedOrderProduct> lines;
    private final RefundInfo refundInfo;

    private Modification(List<UpdatedOrderProduct> lines, RefundInfo refundInfo) {
        this.lines = lines;
        this.refundInfo = refundInfo;
    }

    /** The modification of {@code order}; empty when nothing can be taken away or nothing is left to refund. */
    public static Optional<Modification> of(SimOrder order) {
        List<OrderProduct> lines = order.request().getOrderProducts();
        int changed = -1;
        for (int i = lines.size() - 1; i >= 0 && changed < 0; i--) {
            if (lines.get(i).getQuantity() > 1) {
                changed = i;
            }
        }
        boolean dropLast = changed < 0 && lines.size() > 1;
        if (changed < 0 && !dropLast) {
            return Optional.empty();
        }
        String currency = order.paid().currency();
        List<UpdatedOrderProduct> updated = new ArrayList<>();
        String removed = null;
        for (int i = 0; i < lines.size(); i++) {
            OrderProduct line = lines.get(i);
            int quantity = line.getQuantity();
            if (i == changed) {
                quantity--;
                removed = name(line);
            }
            if (dropLast && i == lines.size() - 1) {
                removed = name(line);
                continue;
            }
            updated.add(updatedLine(line, quantity, currency));
        }
        long before = lines.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
        long after = updated.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
        long refund = Math.min(before - after, order.refundable());
        if (refund <= 0) {
            return Optional.empty();
        }
        OffsetDateTime ordered = order.request().getOrderTime();
        RefundInfo info = new RefundInfo(new Amount((int) refund, currency)).refundReason("Item unavailable: " + removed + " ×1")
                .refundTime(OffsetDateTime.now(ordered != null ? ordered.getOffset() : SINGAPORE).truncatedTo(ChronoUnit.SECONDS));
        return Optional.of(new Modification(List.copyOf(updated), info));
    }

    public long refund() {
        return refundInfo.getRefundAmount().getValue();
    }

    public String currency() {
        return refundInfo.getRefundAmount().getCurrency();
    }

    List<UpdatedOrderProduct> lines() {
        return lines;
    }

    RefundInfo refundInfo() {
        return refundInfo;
    }

    private static UpdatedOrderProduct updatedLine(OrderProduct line, int quantity, String currency) {
        long unit = CreateOrderAmounts.unitAmount(line.getUnitPrice(), line.getModifiers());
        UpdatedOrderProduct product = new UpdatedOrderProduct(line.getPosProductId(), quantity, new Amount((int) (quantity * unit), currency))
                .name(line.getName()).unitPrice(line.getUnitPrice());
        if (line.getModifiers() != null) {
            product.modifiers(line.getModifiers());
        }
        return product;
    }

    private static String name(OrderProduct line) {
        return line.getName() != null ? line.getName() : line.getPosProductId();
    }
}

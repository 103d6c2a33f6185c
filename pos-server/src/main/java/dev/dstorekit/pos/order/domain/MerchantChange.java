package dev.dstorekit.pos.order.domain;

import dev.dstorekit.pos.shared.Money;
import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;

/** A change the merchant asks for through the merchant API; each becomes one notifyOrderChange. */
public sealed interface MerchantChange {

    /** A short name for logs and metrics. */
    String kind();

    /** Move the order to its next state. @param reason kept in the history */
    record Status(OrderStatus target, @Nullable String reason) implements MerchantChange {
        @Override
        public String kind() {
            return "status";
        }
    }

    /** Refund part or all of what is left of the paid amount. */
    record Refund(Money amount, @Nullable String reason) implements MerchantChange {
        @Override
        public String kind() {
            return "refund";
        }
    }

    /** The number the customer collects the order with. */
    record ShortOrderNumber(String value) implements MerchantChange {
        @Override
        public String kind() {
            return "short_order_number";
        }
    }

    /** When the order will be ready. */
    record ReadyTime(OffsetDateTime value) implements MerchantChange {
        @Override
        public String kind() {
            return "ready_time";
        }
    }

    /** Progress of the merchant's own delivery. */
    record Delivery(String deliveryStatus) implements MerchantChange {
        @Override
        public String kind() {
            return "delivery_status";
        }
    }
}

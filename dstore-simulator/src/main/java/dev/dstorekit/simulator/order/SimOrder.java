package dev.dstorekit.simulator.order;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.violation.Violation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An order D-Store created, with what it knows of it: status, delivery status, refunds and a timeline. All
 * state is guarded by the object's monitor; waiters ({@link #await}) are woken on every change, which is how a
 * scenario step waits for a notifyOrderChange.
 */
public final class SimOrder {

    private static final Clock CLOCK = Clock.systemUTC();

    private final CreateOrderRequest request;
    private final String runId;
    private final String flow;

    private String posOrderId;
    private Boolean autoAccept;
    private OrderStatus status = OrderStatus.PENDING;
    private final Set<OrderStatus> reached = EnumSet.of(OrderStatus.PENDING);
    private String deliveryStatus;
    private long merchantRefunded;
    private long channelRefunded;
    private int notifications;
    private String shortOrderNumber;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<String> milestones = new ArrayList<>();
    private volatile TimelineListener listener = (entry, verdict) -> { };
    private volatile Consumer<OrderSnapshot> keeper = snapshot -> { };

    public SimOrder(CreateOrderRequest request, String runId, String flow) {
        this.request = request;
        this.runId = runId;
        this.flow = flow;
    }

    public CreateOrderRequest request() {
        return request;
    }

    public String requestOrderId() {
        return request.getRequestOrderId();
    }

    public String runId() {
        return runId;
    }

    public String flow() {
        return flow;
    }

    public StoreKey store() {
        return new StoreKey(request.getPosAccountId(), request.getPosStoreId());
    }

    public String channel() {
        return request.getOrderChannel().getValue();
    }

    public String serviceType() {
        return request.getServiceType().getValue();
    }

    public String deliveryProvider() {
        return request.getDeliveryProvider() == null ? null : request.getDeliveryProvider().getValue();
    }

    public Money paid() {
        return new Money(request.getOrderAmount().getValue(), request.getOrderAmount().getCurrency());
    }

    public boolean merchantDelivers() {
        return request.getDeliveryProvider() == DeliveryProvider.MERCHANT;
    }

    public synchronized String posOrderId() {
        return posOrderId;
    }

    public synchronized Boolean autoAccept() {
        return autoAccept;
    }

    public synchronized OrderStatus status() {
        return status;
    }

    public synchronized boolean reached(OrderStatus candidate) {
        return reached.contains(candidate);
    }

    public synchronized String deliveryStatus() {
        return deliveryStatus;
    }

    public synchronized long refunded() {
        return merchantRefunded + channelRefunded;
    }

    public synchronized long merchantRefunded() {
        return merchantRefunded;
    }

    /** What may still be refunded: paid minus every refund so far. */
    public synchronized long refundable() {
        return request.getOrderAmount().getValue() - merchantRefunded - channelRefunded;
    }

    public synchronized int notifications() {
        return notifications;
    }

    public synchronized String shortOrderNumber() {
        return shortOrderNumber;
    }

    public synchronized List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /**
     * The order's life in a few words, in the order D-Store learned of it: {@code created}, each status and delivery
     * status, refunds and the short order number (e.g. created, ACCEPTED, PREPARING, READY, COMPLETED, refund 0.90 SGD).
     */
    public synchronized List<String> milestones() {
        return List.copyOf(milestones);
    }

    /** createOrder succeeded: the POS's id, and ACCEPTED right away when it auto-accepted. */
    public synchronized void created(String posOrderId, boolean autoAccept) {
        this.posOrderId = posOrderId;
        this.autoAccept = autoAccept;
        milestones.add(autoAccept ? "created (auto-accepted)" : "created");
        if (status == OrderStatus.PENDING) {
            moveTo(OrderStatus.ORDER_SUCCESS);
        }
        if (autoAccept && status.awaitingAcceptance()) {
            moveTo(OrderStatus.ACCEPTED);
        }
        changed();
    }

    public synchronized void moveTo(OrderStatus next) {
        boolean created = next == OrderStatus.ORDER_SUCCESS || (next == OrderStatus.ACCEPTED && Boolean.TRUE.equals(autoAccept)
                && status.awaitingAcceptance());
        if (!created && next != OrderStatus.PENDING) {
            milestones.add(next.name());
        }
        status = next;
        reached.add(next);
        changed();
    }

    public synchronized void deliveryStatus(String next) {
        deliveryStatus = next;
        milestones.add(next);
        changed();
    }

    public synchronized void merchantRefund(long amount) {
        merchantRefunded += amount;
        milestones.add("refund " + new Money(amount, paid().currency()).display());
        changed();
    }

    public synchronized void channelRefund(long amount) {
        channelRefunded += amount;
        milestones.add("channel refund " + new Money(amount, paid().currency()).display());
        changed();
    }

    public synchronized void shortOrderNumber(String number) {
        shortOrderNumber = number;
        milestones.add("short number " + number);
        changed();
    }

    public synchronized void notificationReceived() {
        notifications++;
        changed();
    }

    /** Timeline entries: {@code OUT}, {@code IN}, {@code MERCHANT}, {@code NOTE}; verdicts come through {@link #log(Violation, String)}. */
    public void log(String direction, String operation, String summary) {
        add(direction, operation, summary, null);
    }

    /** A broken rule: a {@code VIOLATION} or {@code WARNING} entry saying {@code details}, heard with its verdict. */
    public void log(Violation verdict, String details) {
        add(verdict.isError() ? "VIOLATION" : "WARNING", verdict.operation(), verdict.kind() + ": " + details, verdict);
    }

    private synchronized void add(String direction, String operation, String summary, Violation verdict) {
        TimelineEntry entry = new TimelineEntry(CLOCK.instant(), direction, operation, summary);
        timeline.add(entry);
        listener.added(entry, verdict);
        changed();
    }

    /** Who hears about every new timeline entry (a running scenario's progress); replaces the previous listener. */
    public void listen(TimelineListener listener) {
        this.listener = listener;
    }

    /** Who keeps the order's state: told its snapshot after every change, under the order's lock (so in order). */
    public void keep(Consumer<OrderSnapshot> newKeeper) {
        this.keeper = newKeeper;
    }

    /** Everything D-Store knows of the order, to keep it across restarts. */
    public synchronized OrderSnapshot snapshot() {
        return new OrderSnapshot(request, runId, flow, posOrderId, autoAccept, status, Set.copyOf(reached), deliveryStatus,
                merchantRefunded, channelRefunded, notifications, shortOrderNumber, List.copyOf(timeline), List.copyOf(milestones));
    }

    /** The order as a snapshot kept it. */
    public static SimOrder restore(OrderSnapshot kept) {
        SimOrder order = new SimOrder(kept.request(), kept.runId(), kept.flow());
        order.posOrderId = kept.posOrderId();
        order.autoAccept = kept.autoAccept();
        order.status = kept.status();
        order.reached.addAll(kept.reached());
        order.deliveryStatus = kept.deliveryStatus();
        order.merchantRefunded = kept.merchantRefunded();
        order.channelRefunded = kept.channelRefunded();
        order.notifications = kept.notifications();
        order.shortOrderNumber = kept.shortOrderNumber();
        order.timeline.addAll(kept.timeline());
        order.milestones.addAll(kept.milestones());
        return order;
    }

    /** Wakes the waiters and has the keeper write the change down (the waiters first: a failed write must not strand them). */
    private void changed() {
        notifyAll();
        keeper.accept(snapshot());
    }

    /**
     * Waits until {@code condition} holds or {@code timeout} (real time) passes.
     *
     * @return whether the condition holds
     */
    public synchronized boolean await(Predicate<SimOrder> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        return true;
    }
}

package dev.dstorekit.simulator.web;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.simulator.generate.OrderProfile;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.OrderSummary;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.DaemonThreads;
import dev.dstorekit.simulator.scenario.OrderEvent;
import dev.dstorekit.simulator.scenario.OrderTemplate;
import dev.dstorekit.simulator.scenario.RunListener;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import dev.dstorekit.simulator.scenario.SimClock;
import dev.dstorekit.simulator.scenario.Step;
import dev.dstorekit.simulator.scenario.flow.OrderFlow;
import dev.dstorekit.simulator.scenario.flow.OrderRun;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Orders the storefront's customers pay for: each becomes an order of D-Store's and goes through the createOrder
 * protocol of the scenarios (signed, within the 8-second budget, inquiry and retries after trouble) in the
 * background. What happens afterwards is the POS's and the merchant's: the order page follows the notifications.
 */
@Singleton
class CustomerOrders {

    /** The run id of every storefront order (the control API's {@code /control/orders?runId=storefront}). */
    static final String RUN_ID = "storefront";
    private static final OrderTemplate PAY = new OrderTemplate("storefront", 1, OrderProfile.any(),
            List.of(new Step.Create(false, 0, false, null)));
    private static final RunListener QUIET = new RunListener() {
        @Override
        public void line(String text) {
        }

        @Override
        public void event(OrderEvent event) {
        }

        @Override
        public void finished(RunReport report) {
        }
    };

    private final OrderRepository orders;
    private final OrderFlow flow;
    private final ExecutorService payments = Executors.newCachedThreadPool(DaemonThreads.named("storefront-pay"));

    CustomerOrders(OrderRepository orders, OrderFlow flow) {
        this.orders = orders;
        this.flow = flow;
    }

    static String newRequestOrderId() {
        return "W" + ScenarioRunner.newRunId();
    }

    /** Records the paid order and sends createOrder in the background; returns the order at once. */
    SimOrder pay(CreateOrderRequest request) {
        SimOrder order = new SimOrder(request, RUN_ID, PAY.name());
        if (!orders.add(order)) {
            throw new IllegalStateException("requestOrderId " + request.getRequestOrderId() + " is taken");
        }
        order.log("NOTE", "flow", "storefront: " + OrderSummary.of(request));
        OrderRun run = new OrderRun(order, PAY, "storefront", new SimClock(1), QUIET);
        payments.submit(() -> {
            try {
                flow.run(run);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return order;
    }

    @PreDestroy
    void close() {
        payments.shutdownNow();
    }
}

package dev.dstorekit.simulator.web;

import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.order.OrderRepository;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * The customer's order page: the order as D-Store knows it, followed live. Each message about the order (the
 * createOrder answer, every notifyOrderChange) is an event, on which the page fetches the order's state again.
 */
@Controller("/orders")
public class OrderPageController {

    private final OrderRepository orders;
    private final OrderStates states;
    private final JournalEvents events;

    OrderPageController(OrderRepository orders, OrderStates states, JournalEvents events) {
        this.orders = orders;
        this.states = states;
        this.events = events;
    }

    @Get(uri = "/{requestOrderId}", produces = MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> order(String requestOrderId) {
        return orders.find(requestOrderId)
                .<HttpResponse<?>>map(order -> HttpResponse.ok(new ModelAndView<>("storefront/order", Map.of("order", order.request(),
                        "state", states.of(order), "store", order.store(), "href", StorefrontController.href(order.store()), "page", "storefront"))))
                .orElseGet(() -> HttpResponse.notFound(new ModelAndView<>("storefront/missing",
                        Map.of("what", "No order " + requestOrderId, "page", "storefront"))));
    }

    @Get(uri = "/{requestOrderId}/state", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<OrderState> state(String requestOrderId) {
        return orders.find(requestOrderId).map(states::of).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(uri = "/{requestOrderId}/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> follow(String requestOrderId) {
        return events.follow(entry -> requestOrderId.equals(entry.requestOrderId()), JournalEntry::operation);
    }
}

package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.server.PosGatewayApi;
import dev.dstorekit.pos.order.application.CreateOrderHandler;
import dev.dstorekit.pos.order.application.InquireOrderHandler;
import dev.dstorekit.pos.order.application.PushOrderChangeHandler;
import dev.dstorekit.pos.order.application.RequestBody;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The three operations D-Store calls on the POS. Requests reach this class only after the signature filter verified
 * them and bean validation accepted them; business outcomes are answered here, anything unexpected is thrown and
 * becomes U/UNKNOWN_EXCEPTION in the ResultAnswerFilter. Database work blocks, so it runs off the event loop.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PosGatewayController implements PosGatewayApi {

    private final CreateOrderHandler createOrder;
    private final InquireOrderHandler inquireOrder;
    private final PushOrderChangeHandler pushOrderChange;

    public PosGatewayController(CreateOrderHandler createOrder, InquireOrderHandler inquireOrder,
                                PushOrderChangeHandler pushOrderChange) {
        this.createOrder = createOrder;
        this.inquireOrder = inquireOrder;
        this.pushOrderChange = pushOrderChange;
    }

    @Override
    public HttpResponse<CreateOrderResponse> createOrder(CreateOrderRequest request) {
        return HttpResponse.ok(AnswerMapper.createOrder(
                createOrder.handle(OrderRequestMapper.newOrder(request), rawBody())));
    }

    @Override
    public HttpResponse<InquireOrderDetailResponse> inquireOrderDetail(InquireOrderDetailRequest request) {
        return HttpResponse.ok(AnswerMapper.inquiry(inquireOrder.handle(request.getRequestOrderId())));
    }

    @Override
    public HttpResponse<PushOrderChangeResponse> pushOrderChange(PushOrderChangeRequest request) {
        return HttpResponse.ok(AnswerMapper.pushOrderChange(
                pushOrderChange.handle(OrderRequestMapper.change(request), rawBody())));
    }

    /** The body as received, kept by {@link RawBodyFilter}. */
    private static RequestBody rawBody() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(RawBodyFilter.ATTRIBUTE, RequestBody.class))
                .orElseThrow(() -> new IllegalStateException("request body was not captured"));
    }
}

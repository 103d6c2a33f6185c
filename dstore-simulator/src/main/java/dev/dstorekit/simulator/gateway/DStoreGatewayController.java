package dev.dstorekit.simulator.gateway;

import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.api.pos.model.NotifyOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.api.pos.model.SyncProductResponse;
import dev.dstorekit.api.pos.model.SyncStoreRequest;
import dev.dstorekit.api.pos.model.SyncStoreResponse;
import dev.dstorekit.api.pos.server.DStoreGatewayApi;
import dev.dstorekit.simulator.catalog.CatalogService;
import dev.dstorekit.simulator.catalog.StoreService;
import dev.dstorekit.simulator.order.NotificationService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * D-Store's side of the POS API (syncProduct, notifyOrderChange, syncStore). Signature, schema and fault
 * injection are handled by filters before these methods run; here every call is idempotent on its requestId and
 * handed to the service that knows the rules.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DStoreGatewayController implements DStoreGatewayApi {

    private final IdempotentReplies replies;
    private final CatalogService catalog;
    private final NotificationService notifications;
    private final StoreService stores;

    public DStoreGatewayController(IdempotentReplies replies, CatalogService catalog,
                                   NotificationService notifications, StoreService stores) {
        this.replies = replies;
        this.catalog = catalog;
        this.notifications = notifications;
        this.stores = stores;
    }

    @Override
    public HttpResponse<SyncProductResponse> syncProduct(SyncProductRequest request) {
        InboundBody body = InboundBody.current();
        Reply reply = replies.reply("syncProduct", request.getRequestId(), null, body, () -> catalog.sync(request, body.json()));
        return HttpResponse.ok(new SyncProductResponse(result(reply)));
    }

    @Override
    public HttpResponse<NotifyOrderChangeResponse> notifyOrderChange(NotifyOrderChangeRequest request) {
        InboundBody body = InboundBody.current();
        Reply reply = replies.reply("notifyOrderChange", request.getRequestId(), request.getRequestOrderId(), body,
                () -> notifications.apply(request));
        return HttpResponse.ok(new NotifyOrderChangeResponse(result(reply)));
    }

    @Override
    public HttpResponse<SyncStoreResponse> syncStore(SyncStoreRequest request) {
        InboundBody body = InboundBody.current();
        Reply reply = replies.reply("syncStore", request.getRequestId(), null, body, () -> stores.sync(request));
        return HttpResponse.ok(new SyncStoreResponse(result(reply)));
    }

    private static Result result(Reply reply) {
        return new Result(ResultStatus.fromValue(reply.status()), reply.code()).resultMessage(reply.message());
    }
}

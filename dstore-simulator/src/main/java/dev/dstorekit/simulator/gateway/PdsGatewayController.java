package dev.dstorekit.simulator.gateway;

import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.AddStoreResponse;
import dev.dstorekit.api.pds.model.PdsResult;
import dev.dstorekit.api.pds.model.PdsResultStatus;
import dev.dstorekit.api.pds.server.PdsGatewayApi;
import dev.dstorekit.simulator.pds.AddStoreService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The pds addStore API, idempotent on requestId like the rest. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PdsGatewayController implements PdsGatewayApi {

    private final IdempotentReplies replies;
    private final AddStoreService addStore;

    public PdsGatewayController(IdempotentReplies replies, AddStoreService addStore) {
        this.replies = replies;
        this.addStore = addStore;
    }

    @Override
    public HttpResponse<AddStoreResponse> addStore(AddStoreRequest request) {
        InboundBody body = InboundBody.current();
        Reply reply = replies.reply("addStore", request.getRequestId(), null, body, () -> addStore.add(request));
        PdsResult result = new PdsResult(PdsResultStatus.fromValue(reply.status()), reply.code()).resultMessage(reply.message());
        return HttpResponse.ok(new AddStoreResponse(result));
    }
}

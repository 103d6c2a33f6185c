package dev.dstorekit.fakedstore;

import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.AddStoreResponse;
import dev.dstorekit.api.pds.model.PdsResult;
import dev.dstorekit.api.pds.model.PdsResultStatus;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.api.pds.server.PdsGatewayApi;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.api.pos.model.NotifyOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.api.pos.model.SyncProductResponse;
import dev.dstorekit.api.pos.model.SyncStoreRequest;
import dev.dstorekit.api.pos.model.SyncStoreResponse;
import dev.dstorekit.api.pos.server.DStoreGatewayApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Instant;
import java.util.function.Function;

/** The fake's two gateways, implementing the generated server interfaces of the contract. */
final class FakeDStoreControllers {

    private FakeDStoreControllers() {
    }

    /** Runs one scripted call: record it, hold it for the reply's delay, answer. */
    static <T> HttpResponse<T> answer(Script script, Journal journal, String subject, String requestId,
                                      Function<Reply, T> body) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElseThrow();
        Reply reply = script.take(subject);
        Received call = new Received(request.getPath(), subject, requestId,
                request.getAttribute(RecordingFilter.BODY, byte[].class).orElse(new byte[0]),
                request.getHeaders().get("Client-Id"), request.getHeaders().get("Request-Time"),
                request.getHeaders().get("Signature"), Instant.now(), reply);
        journal.begin(call);
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            journal.end(call);
        }
        request.setAttribute(RecordingFilter.SIGNING, reply.signing());
        return HttpResponse.ok(body.apply(reply));
    }

    static Result result(Reply reply) {
        Result result = new Result(ResultStatus.fromValue(reply.status()), reply.code());
        result.setResultMessage(reply.code().toLowerCase());
        return result;
    }

    @Controller
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Gateway implements DStoreGatewayApi {

        private final Script script;
        private final Journal journal;

        Gateway(Script script, Journal journal) {
            this.script = script;
            this.journal = journal;
        }

        @Override
        public HttpResponse<NotifyOrderChangeResponse> notifyOrderChange(NotifyOrderChangeRequest request) {
            return answer(script, journal, request.getRequestOrderId(), request.getRequestId(),
                    reply -> new NotifyOrderChangeResponse(result(reply)));
        }

        @Override
        public HttpResponse<SyncProductResponse> syncProduct(SyncProductRequest request) {
            return answer(script, journal, request.getStore().getPosStoreId(), request.getRequestId(),
                    reply -> new SyncProductResponse(result(reply)));
        }

        @Override
        public HttpResponse<SyncStoreResponse> syncStore(SyncStoreRequest request) {
            return answer(script, journal, request.getStore().getPosStoreId(), request.getRequestId(),
                    reply -> new SyncStoreResponse(result(reply)));
        }
    }

    @Controller
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Pds implements PdsGatewayApi {

        private final Script script;
        private final Journal journal;

        Pds(Script script, Journal journal) {
            this.script = script;
            this.journal = journal;
        }

        @Override
        public HttpResponse<AddStoreResponse> addStore(AddStoreRequest request) {
            PdsStore store = request.getStore() != null ? request.getStore() : request.getStores().get(0);
            return answer(script, journal, store.getStoreInfo().getStoreId(), request.getRequestId(), reply -> {
                PdsResult result = new PdsResult(PdsResultStatus.fromValue(reply.status()), reply.code());
                result.setResultMessage(reply.code().toLowerCase());
                return new AddStoreResponse(result);
            });
        }
    }
}

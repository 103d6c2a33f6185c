package dev.dstorekit.pos.outbox.delivery;

import dev.dstorekit.api.pds.client.PdsGatewayApi;
import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.AddStoreResponse;
import dev.dstorekit.api.pds.model.PdsResult;
import dev.dstorekit.api.pos.client.DStoreGatewayApi;
import dev.dstorekit.api.pos.model.NotifyOrderChangeRequest;
import dev.dstorekit.api.pos.model.NotifyOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.api.pos.model.SyncProductResponse;
import dev.dstorekit.pos.outbox.application.MessageDelivery;
import dev.dstorekit.pos.outbox.domain.DeliveryResult;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import dev.dstorekit.signature.micronaut.SignatureVerificationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;

/**
 * Delivers outbox messages through the generated declarative clients ({@code dstore}, {@code pds}); the
 * SignatureClientFilter of dstore-signature signs each attempt afresh over the bytes sent and verifies D-Store's answer.
 * The stored payload is read back into the request model and written again by the same serializer, so every
 * attempt carries the same body. Trouble before a usable answer becomes a retryable result, never an exception.
 */
@Singleton
public class DStoreClientDelivery implements MessageDelivery {

    private final DStoreGatewayApi dstore;
    private final PdsGatewayApi pds;
    private final JsonMapper json;

    public DStoreClientDelivery(DStoreGatewayApi dstore, PdsGatewayApi pds, JsonMapper json) {
        this.dstore = dstore;
        this.pds = pds;
        this.json = json;
    }

    @Override
    public DeliveryResult deliver(OutboundOperation operation, String payload) {
        try {
            return switch (operation) {
                case NOTIFY_ORDER_CHANGE -> {
                    HttpResponse<NotifyOrderChangeResponse> answer =
                            dstore.notifyOrderChange(read(payload, NotifyOrderChangeRequest.class));
                    yield pos(answer.body() == null ? null : answer.body().getResult());
                }
                case SYNC_PRODUCT -> {
                    HttpResponse<SyncProductResponse> answer = dstore.syncProduct(read(payload, SyncProductRequest.class));
                    yield pos(answer.body() == null ? null : answer.body().getResult());
                }
                case ADD_STORE -> {
                    HttpResponse<AddStoreResponse> answer = pds.addStore(read(payload, AddStoreRequest.class));
                    yield pds(answer.body() == null ? null : answer.body().getResult());
                }
            };
        } catch (SignatureVerificationException e) {
            return DeliveryResult.noAnswer("INVALID_ANSWER_SIGNATURE", e.getMessage());
        } catch (ReadTimeoutException e) {
            return DeliveryResult.noAnswer("TIMEOUT", "no answer within dstore.request-timeout");
        } catch (HttpClientResponseException e) {
            return DeliveryResult.noAnswer("HTTP_" + e.code(), "D-Store answered HTTP " + e.code());
        } catch (HttpClientException e) {
            return DeliveryResult.noAnswer("CONNECTION_ERROR", e.getMessage());
        } catch (ConstraintViolationException | StoredPayloadException e) {
            return DeliveryResult.unsendable("INVALID_PAYLOAD", e.getMessage());
        } catch (RuntimeException e) {
            return DeliveryResult.noAnswer("UNEXPECTED_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static DeliveryResult pos(@Nullable Result result) {
        if (result == null) {
            return DeliveryResult.noAnswer("NO_RESULT", "answer without result");
        }
        return DeliveryResult.answered(result.getResultStatus() == null ? null : result.getResultStatus().getValue(),
                result.getResultCode(), result.getResultMessage());
    }

    private static DeliveryResult pds(@Nullable PdsResult result) {
        if (result == null) {
            return DeliveryResult.noAnswer("NO_RESULT", "answer without result");
        }
        return DeliveryResult.answered(result.getResultStatus() == null ? null : result.getResultStatus().getValue(),
                result.getResultCode(), result.getResultMessage());
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, Argument.of(type));
        } catch (IOException e) {
            throw new StoredPayloadException("stored payload unreadable as " + type.getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** A stored payload that no longer reads as its request model: sending it again cannot help. */
    private static final class StoredPayloadException extends RuntimeException {
        StoredPayloadException(String message) {
            super(message);
        }
    }
}

package dev.dstorekit.simulator.pos;

import dev.dstorekit.api.pos.client.PosGatewayApi;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.signature.micronaut.SignatureVerificationException;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.net.ConnectException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * D-Store's calls to the POS through the generated client, signed and verified by the api-specs client filter and
 * checked by {@link PosAnswerFilter}. Never throws: every outcome is a {@link PosCall}, so flows decide what
 * D-Store does next. createOrder's 8-second budget is the {@code pos} service's read timeout.
 */
@Singleton
public class PosGateway {

    private final BeanProvider<PosGatewayApi> client;

    public PosGateway(BeanProvider<PosGatewayApi> client) {
        this.client = client;
    }

    public PosCall<CreateOrderResponse> createOrder(CreateOrderRequest request) {
        return call(() -> client.get().createOrder(request));
    }

    public PosCall<InquireOrderDetailResponse> inquireOrderDetail(String requestOrderId) {
        return call(() -> client.get().inquireOrderDetail(new InquireOrderDetailRequest(requestOrderId)));
    }

    public PosCall<PushOrderChangeResponse> pushOrderChange(PushOrderChangeRequest request) {
        return call(() -> client.get().pushOrderChange(request));
    }

    private static <T> PosCall<T> call(Supplier<HttpResponse<T>> call) {
        long start = System.nanoTime();
        PosFailure failure;
        try {
            HttpResponse<T> response = call.get();
            T body = response.body();
            if (body != null) {
                return new PosCall<>(body, null, since(start));
            }
            failure = new PosFailure(PosFailure.Kind.NO_RESULT, "HTTP " + response.code() + " without a body");
        } catch (PosAnswerException e) {
            failure = new PosFailure(e.kind(), e.getMessage());
        } catch (SignatureVerificationException e) {
            failure = new PosFailure(PosFailure.Kind.BAD_SIGNATURE, e.getMessage());
        } catch (ReadTimeoutException e) {
            failure = new PosFailure(PosFailure.Kind.TIMEOUT, "no answer within the read timeout");
        } catch (HttpClientResponseException e) {
            failure = new PosFailure(PosFailure.Kind.NON_200, "HTTP " + e.code());
        } catch (ConstraintViolationException e) {
            failure = new PosFailure(PosFailure.Kind.SCHEMA, e.getMessage());
        } catch (HttpClientException e) {
            failure = unreachable(e) ? new PosFailure(PosFailure.Kind.UNREACHABLE, e.getMessage())
                    : new PosFailure(PosFailure.Kind.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            failure = new PosFailure(PosFailure.Kind.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new PosCall<>(null, failure, since(start));
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException
                    || cause instanceof java.net.UnknownHostException) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().startsWith("Connect Error")) {
                return true;
            }
        }
        return false;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

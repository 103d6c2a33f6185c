package dev.dstorekit.simulator.pos;

import dev.dstorekit.api.pos.client.PosGatewayApi;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.signature.micronaut.SignatureVerificationException;
import dev.dstorekit.simulator.order.SimOrder;
import io.micronaut.context.BeanProvider;
import dev.dstorekit.simulator.recording.AnswerTrouble;
import dev.dstorekit.simulator.recording.OutboundRecorder;
import dev.dstorekit.simulator.recording.PosWire;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * D-Store's calls to the POS through the generated client, signed and verified by the dstore-signature client filter and
 * checked by {@link PosAnswerFilter}. Never throws: every outcome is a {@link PosCall}, so flows decide what
 * D-Store does next. createOrder's 8-second budget is the {@code pos} service's read timeout. The generated models
 * stay here: flows send {@link SimOrder}s and {@link ChannelChange}s and read the answers as the simulator's records.
 */
@Singleton
public class PosGateway {

    private final BeanProvider<PosGatewayApi> client;
    private final JsonMapper json;
    private final OutboundRecorder recorder;

    public PosGateway(BeanProvider<PosGatewayApi> client, JsonMapper json, OutboundRecorder recorder) {
        this.client = client;
        this.json = json;
        this.recorder = recorder;
    }

    public PosCall<CreateAnswer> createOrder(SimOrder order) {
        return call("createOrder", () -> client.get().createOrder(order.request()), PosMapper::createAnswer);
    }

    /** The order's createOrder again, its body changed by a new remark (the same requestOrderId). */
    public PosCall<CreateAnswer> createOrderWithRemark(SimOrder order, String remark) {
        CreateOrderRequest altered = copy(order.request()).orderRemark(remark);
        return call("createOrder", () -> client.get().createOrder(altered), PosMapper::createAnswer);
    }

    public PosCall<InquiryAnswer> inquireOrderDetail(String requestOrderId) {
        return call("inquireOrderDetail", () -> client.get().inquireOrderDetail(new InquireOrderDetailRequest(requestOrderId)), PosMapper::inquiryAnswer);
    }

    public PosCall<PosResult> pushOrderChange(ChannelChange change) {
        return call("pushOrderChange", () -> client.get().pushOrderChange(PosMapper.pushRequest(change)), PosMapper::pushAnswer);
    }

    /** Makes the call with a {@link PosWire} listening, and journals it however it ends. */
    private <W, T> PosCall<T> call(String operation, Supplier<HttpResponse<W>> call, Function<W, T> mapper) {
        PosWire wire = new PosWire();
        PosCall<T> outcome;
        try (PropagatedContext.Scope ignored = wire.propagate()) {
            outcome = exchange(call, mapper);
        }
        PosFailure failure = outcome.failure();
        recorder.record(operation, wire, outcome.elapsed(), failure == null ? null : trouble(failure.kind()),
                failure == null ? null : failure.detail());
        return outcome;
    }

    private static AnswerTrouble trouble(PosFailure.Kind kind) {
        return switch (kind) {
            case TIMEOUT, UNREACHABLE -> AnswerTrouble.NO_ANSWER;
            case UNSIGNED -> AnswerTrouble.UNSIGNED;
            case BAD_SIGNATURE -> AnswerTrouble.BAD_SIGNATURE;
            case SCHEMA -> AnswerTrouble.SCHEMA;
            case NON_200, NO_RESULT, ERROR -> AnswerTrouble.REFUSED;
        };
    }

    private static <W, T> PosCall<T> exchange(Supplier<HttpResponse<W>> call, Function<W, T> mapper) {
        long start = System.nanoTime();
        PosFailure failure;
        try {
            HttpResponse<W> response = call.get();
            W body = response.body();
            if (body != null) {
                return new PosCall<>(mapper.apply(body), null, since(start));
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

    private CreateOrderRequest copy(CreateOrderRequest request) {
        try {
            return json.readValue(json.writeValueAsBytes(request), Argument.of(CreateOrderRequest.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
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

package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailRequest;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.api.pos.server.PosGatewayApi;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.micronaut.SignatureSettings;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server built on the generated {@link PosGatewayApi} with the schema filter on (the generated models carry no
 * validation of their own) answers every kind of bad input with HTTP 200, {@code F/PARAM_ILLEGAL} naming the field,
 * and trouble with {@code U/UNKNOWN_EXCEPTION} — all signed.
 */
@MicronautTest
@Property(name = "spec.name", value = ResultAnswerFilterTest.SPEC)
@Property(name = RequestSchemaFilter.ENABLED, value = "true")
class ResultAnswerFilterTest {

    static final String SPEC = "ResultAnswerFilterTest";
    static final String CLIENT_ID = "TEST_CLIENT_0002";
    static final KeyPair KEYS = TestKeys.generate();
    static final String VALID = """
            {"requestOrderId":"1","posAccountId":"MER-1","posStoreId":"STORE-1","orderChannel":"DSTORE","channelOrderId":"c-1",
             "serviceType":"PICKUP","expectFulfillmentTime":"2023-08-28T22:16:07+08:00",
             "orderProducts":[{"posProductId":"CR-ROAST","quantity":1,"unitPrice":{"value":450,"currency":"SGD"},"totalAmount":{"value":450,"currency":"SGD"}}],
             "orderAmount":{"value":450,"currency":"SGD"}}""";

    @Inject
    EmbeddedServer server;

    @Test
    void validRequestIsAnsweredBySuccess() throws Exception {
        JsonNode answer = post("/v2/pos/createOrder", VALID);
        assertEquals("S", answer.path("result").path("resultStatus").asText());
        assertEquals("POS-1", answer.path("posOrderId").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            required field missing   | "requestOrderId":"1",                          |                           | requestOrderId: must not be null
            enum violated            | "serviceType":"PICKUP"                         | "serviceType":"TAKEAWAY"  | serviceType: does not have a value in the enumeration
            minimum violated         | "quantity":1                                   | "quantity":0              | orderProducts[0].quantity: must have a minimum value of 1
            length violated          | "posAccountId":"MER-1"                         | "posAccountId":"MER-1-0123456789012345678901234567890123456789012345678901234567890123" | posAccountId: must be at most 64 characters long
            pattern violated         | "currency":"SGD"}}                             | "currency":"sgd"}}        | orderAmount.currency: does not match the regex pattern
            date-time malformed      | 2023-08-28T22:16:07+08:00                      | noon                      | expectFulfillmentTime: does not match the date-time pattern
            nested type wrong        | "quantity":1                                   | "quantity":"one"          | orderProducts[0].quantity: string found, integer expected
            nested amount type wrong | "unitPrice":{"value":450                       | "unitPrice":{"value":"4.50" | orderProducts[0].unitPrice.value: string found, integer expected
            """)
    void invalidFieldIsAnsweredParamIllegalNamingTheField(String name, String from, String to, String expected) throws Exception {
        String body = VALID.replace(from, to == null ? "" : to);
        assertFalse(body.equals(VALID), "the case must change the body");

        JsonNode result = post("/v2/pos/createOrder", body).path("result");

        assertEquals("F", result.path("resultStatus").asText());
        assertEquals("PARAM_ILLEGAL", result.path("resultCode").asText());
        assertTrue(result.path("resultMessage").asText().startsWith(expected), result.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON        | this is not json | request body is not valid JSON
            empty body      |                  | request body is missing
            array not object| []               | request body: array found, object expected
            """)
    void unreadableBodyIsAnsweredParamIllegal(String name, String body, String expected) throws Exception {
        JsonNode result = post("/v2/pos/createOrder", body == null ? "" : body).path("result");
        assertEquals("PARAM_ILLEGAL", result.path("resultCode").asText(), result.toString());
        assertTrue(result.path("resultMessage").asText().startsWith(expected), result.toString());
    }

    @Test
    void unexpectedFailureIsAnsweredUnknownWithoutInternals() throws Exception {
        JsonNode result = post("/v2/pos/createOrder", VALID.replace("\"requestOrderId\":\"1\"", "\"requestOrderId\":\"boom\"")).path("result");
        assertEquals("U", result.path("resultStatus").asText());
        assertEquals("UNKNOWN_EXCEPTION", result.path("resultCode").asText());
        assertFalse(result.toString().contains("fire"), "internal messages must not reach the caller: " + result);
    }

    @Test
    void unknownApiIsAnsweredInvalidApi() throws Exception {
        JsonNode result = post("/v2/pos/noSuchOperation", "{}").path("result");
        assertEquals("F", result.path("resultStatus").asText());
        assertEquals("INVALID_API", result.path("resultCode").asText());
    }

    JsonNode post(String path, String body) throws Exception {
        return SignedCalls.post(server, KEYS, CLIENT_ID, path, body);
    }

    @Factory
    @Requires(property = "spec.name", value = SPEC)
    static class Keys {
        @Singleton
        SignatureSettings settings() {
            return SignatureSettings.of(CLIENT_ID, new RsaPayloadSigner(KEYS.getPrivate()), new RsaSignatureVerifier(KEYS.getPublic()));
        }
    }

    @Controller
    @Requires(property = "spec.name", value = SPEC)
    static class Pos implements PosGatewayApi {

        /** What the last createOrder was given, and what the validated-body filter bound for it (if it ran). */
        static final AtomicReference<Received> LAST = new AtomicReference<>();

        record Received(CreateOrderRequest request, @Nullable Object boundByFilter) {
        }

        @Override
        public HttpResponse<CreateOrderResponse> createOrder(CreateOrderRequest request) {
            LAST.set(new Received(request, ServerRequestContext.currentRequest()
                    .flatMap(current -> current.getAttribute(ValidatedBodyFilter.BOUND_BODY)).orElse(null)));
            if (request.getRequestOrderId().equals("boom")) {
                throw new IllegalStateException("database on fire");
            }
            return HttpResponse.ok(new CreateOrderResponse(new Result(ResultStatus.S, "SUCCESS")).posOrderId("POS-1"));
        }

        @Override
        public HttpResponse<InquireOrderDetailResponse> inquireOrderDetail(InquireOrderDetailRequest request) {
            return HttpResponse.ok(new InquireOrderDetailResponse(new Result(ResultStatus.F, "ORDER_NOT_EXIST")));
        }

        @Override
        public HttpResponse<PushOrderChangeResponse> pushOrderChange(PushOrderChangeRequest request) {
            return HttpResponse.ok(new PushOrderChangeResponse(new Result(ResultStatus.S, "SUCCESS")));
        }
    }
}

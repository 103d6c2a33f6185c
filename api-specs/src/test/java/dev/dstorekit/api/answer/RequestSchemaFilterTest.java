package dev.dstorekit.api.answer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code dstore.api.strict-schema=true} a value the lenient decoder would have coerced never reaches the
 * controller: it is answered {@code F / PARAM_ILLEGAL} naming the field. (Reuses ResultAnswerFilterTest's server.)
 */
@MicronautTest
@Property(name = "spec.name", value = ResultAnswerFilterTest.SPEC)
@Property(name = RequestSchemaFilter.ENABLED, value = "true")
class RequestSchemaFilterTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fraction as integer | "quantity":1        | "quantity":2.7          | orderProducts[0].quantity: number found, integer expected
            boolean as integer  | "quantity":1        | "quantity":true         | orderProducts[0].quantity: boolean found, integer expected
            fraction as amount  | "orderAmount":{"value":450 | "orderAmount":{"value":450.5 | orderAmount.value: number found, integer expected
            """)
    void valuesTheDecoderWouldCoerceAreRefused(String name, String from, String to, String expected) throws Exception {
        JsonNode result = post(ResultAnswerFilterTest.VALID.replace(from, to)).path("result");
        assertEquals("PARAM_ILLEGAL", result.path("resultCode").asText(), result.toString());
        assertEquals(expected, result.path("resultMessage").asText());
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        JsonNode result = post(ResultAnswerFilterTest.VALID.replace("\"requestOrderId\":\"1\",", "")).path("result");
        assertEquals("PARAM_ILLEGAL", result.path("resultCode").asText());
        assertEquals("requestOrderId: must not be null", result.path("resultMessage").asText());
    }

    @Test
    void missingNestedFieldIsNamedByItsPath() throws Exception {
        JsonNode result = post(ResultAnswerFilterTest.VALID.replace("\"quantity\":1,", "")).path("result");
        assertEquals("orderProducts[0].quantity: must not be null", result.path("resultMessage").asText());
    }

    @Test
    void validRequestStillReachesTheController() throws Exception {
        JsonNode answer = post(ResultAnswerFilterTest.VALID);
        assertEquals("S", answer.path("result").path("resultStatus").asText());
        assertEquals("POS-1", answer.path("posOrderId").asText());
    }

    @Test
    void unknownFieldsAreStillTolerated() throws Exception {
        JsonNode answer = post(ResultAnswerFilterTest.VALID.replace("{\"requestOrderId\"", "{\"fieldFromTheFuture\":[1,2],\"requestOrderId\""));
        assertEquals("S", answer.path("result").path("resultStatus").asText(), answer.toString());
    }

    @Test
    void controllerIsGivenTheModelBoundFromTheValidatedTree() throws Exception {
        ResultAnswerFilterTest.Pos.LAST.set(null);

        post(ResultAnswerFilterTest.VALID);

        ResultAnswerFilterTest.Pos.Received received = ResultAnswerFilterTest.Pos.LAST.get();
        assertNotNull(received.boundByFilter(), "the validated-body filter bound the model");
        assertSame(received.boundByFilter(), received.request(), "the decoder did not parse the bytes a second time");
        assertEquals("1", received.request().getRequestOrderId());
        assertEquals(450, received.request().getOrderAmount().getValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | this is not json   | request body is not valid JSON
            two documents       | {} {}              | channelOrderId: must not be null
            """)
    void bodyThatIsNotOneJsonDocumentIsAnsweredAsBefore(String name, String body, String expected) throws Exception {
        JsonNode result = post(body).path("result");
        assertEquals("PARAM_ILLEGAL", result.path("resultCode").asText(), result.toString());
        assertTrue(result.path("resultMessage").asText().startsWith(expected), result.toString());
    }

    private JsonNode post(String body) throws Exception {
        return SignedCalls.post(server, ResultAnswerFilterTest.KEYS, ResultAnswerFilterTest.CLIENT_ID, "/v2/pos/createOrder", body);
    }
}

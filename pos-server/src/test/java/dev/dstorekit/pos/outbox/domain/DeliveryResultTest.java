package dev.dstorekit.pos.outbox.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an answer means for the message (REFERENCE §4, §9): S/A deliver, U and rate limiting retry, F is final. */
class DeliveryResultTest {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "S, SUCCESS, DELIVERED",
            "A, ACCEPTED, DELIVERED",
            "U, UNKNOWN_EXCEPTION, RETRY",
            "U, REQUEST_TRAFFIC_EXCEED_LIMIT, RETRY",
            "F, REQUEST_TRAFFIC_EXCEED_LIMIT, RETRY",
            "F, PROCESS_FAIL, FAILED",
            "F, INVALID_SIGNATURE, FAILED",
            "F, ORDER_STATUS_INVALID, FAILED",
            "X, SOMETHING, RETRY",
            ", , RETRY"})
    void anAnswerDecidesTheMessagesFate(String status, String code, DeliveryResult.Outcome expected) {
        assertEquals(expected, DeliveryResult.answered(status, code, null).outcome());
    }
}

package dev.dstorekit.pos.ops;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The result an answer is counted under, read off the signed bytes without binding the whole answer. */
class AnswerMetricsFilterTest {

    @Test
    void resultIsFoundWhereverItStandsAmongTheAnswersFields() {
        String answer = """
                {"posOrderId":"P-1","lines":[{"result":{"resultStatus":"X"}},[1,2]],"meta":{"result":"nested"},\
                "result":{"resultMessage":"ok","resultCode":"SUCCESS","extra":{"a":[1]},"resultStatus":"S"},"after":1}""";

        assertEquals(new AnswerMetricsFilter.Result("S", "SUCCESS"), AnswerMetricsFilter.result(bytes(answer)));
    }

    @Test
    void anAnswerWithoutAReadableResultCountsAsNone() {
        assertNull(AnswerMetricsFilter.result(bytes("{\"posOrderId\":\"P-1\"}")));
        assertNull(AnswerMetricsFilter.result(bytes("{\"result\":\"S\"}")));
        assertNull(AnswerMetricsFilter.result(bytes("not json")));
        assertNull(AnswerMetricsFilter.result(bytes("[]")));
        assertNull(AnswerMetricsFilter.result(new byte[0]));
        assertNull(AnswerMetricsFilter.result("a string body"));
        assertEquals(new AnswerMetricsFilter.Result("F", null),
                AnswerMetricsFilter.result(bytes("{\"result\":{\"resultStatus\":\"F\"}}")));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

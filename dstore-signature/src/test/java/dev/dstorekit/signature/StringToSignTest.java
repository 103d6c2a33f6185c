package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dstorekit.signature.Fixtures.Vector;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class StringToSignTest {

    @Test
    void workedExampleFromReference24GivesTheExactDocumentedBytes() {
        String body = "{\"requestId\":\"ntf-20230828-0001\",\"requestOrderId\":\"2023082800000001\",\"orderStatus\":\"ACCEPTED\"}";
        byte[] actual = StringToSign.of("POST", "/v2/pos/notifyOrderChange", "375Y93*******P00050",
                "2023-08-28T22:16:07+08:00", body.getBytes(StandardCharsets.UTF_8));
        String expected = "POST /v2/pos/notifyOrderChange\n"
                + "375Y93*******P00050.2023-08-28T22:16:07+08:00."
                + "{\"requestId\":\"ntf-20230828-0001\",\"requestOrderId\":\"2023082800000001\",\"orderStatus\":\"ACCEPTED\"}";
        assertArrayEquals(expected.getBytes(StandardCharsets.US_ASCII), actual);
    }

    @ParameterizedTest
    @FieldSource("dev.dstorekit.signature.Fixtures#VECTORS")
    void matchesTheStringToSignThatPrintfBuiltForEachOpensslVector(String name) {
        Vector v = Vector.load(name);
        assertArrayEquals(v.stringToSign(), StringToSign.of(v.method(), v.uri(), v.clientId(), v.time(), v.body()));
    }

    @Test
    void appendsBodyBytesUnchangedEvenWhenTheyAreNotValidUtf8() {
        byte[] body = {'{', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\r', '\n', '}'};
        byte[] sts = StringToSign.of("POST", "/a", "c", "t", body);
        byte[] head = "POST /a\nc.t.".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = new byte[head.length + body.length];
        System.arraycopy(head, 0, expected, 0, head.length);
        System.arraycopy(body, 0, expected, head.length, body.length);
        assertArrayEquals(expected, sts);
    }

    @Test
    void treatsANullBodyAsEmptyAndKeepsTheFinalDot() {
        assertArrayEquals("POST /a\nc.t.".getBytes(StandardCharsets.US_ASCII), StringToSign.of("POST", "/a", "c", "t", null));
    }

    @Test
    void encodesHeaderValuesAsUtf8() {
        byte[] sts = StringToSign.of("POST", "/a", "客户", "t", new byte[0]);
        assertArrayEquals("POST /a\n客户.t.".getBytes(StandardCharsets.UTF_8), sts);
    }

    @Test
    void refusesMissingHeaderValues() {
        assertThrows(NullPointerException.class, () -> StringToSign.of("POST", "/a", null, "t", new byte[0]));
        assertThrows(NullPointerException.class, () -> StringToSign.of("POST", "/a", "c", null, new byte[0]));
    }

    @Test
    void visibleFormMarksLineFeedsCarriageReturnsTabsAndTrailingSpaces() {
        byte[] sts = StringToSign.of("POST", "/a", "c", "t", "{ \"a\":\t1,  \r\n\"b\": 2 }  ".getBytes(StandardCharsets.UTF_8));
        assertEquals("POST /a⏎\nc.t.{ \"a\":␉1,··␍⏎\n\"b\": 2 }··", StringToSign.visible(sts));
    }

    @Test
    void visibleFormEscapesNonAsciiAndControlCharacters() {
        byte[] sts = "鸡饭 – é\u0001".getBytes(StandardCharsets.UTF_8);
        assertEquals("\\u9E21\\u996D \\u2013 \\u00E9\\u0001", StringToSign.visible(sts));
    }
}

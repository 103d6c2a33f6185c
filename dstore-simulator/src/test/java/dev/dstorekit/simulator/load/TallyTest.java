package dev.dstorekit.simulator.load;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What an overload run is judged by, counted from the answers. */
class TallyTest {

    static final long SECOND = 1_000_000_000L;
    static final String S = "{\"result\":{\"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\"},\"posOrderId\":\"P-%d\"}";
    static final String U = "{\"result\":{\"resultStatus\":\"U\",\"resultCode\":\"UNKNOWN_EXCEPTION\"}}";

    /** Late after 8 s; the measured window began 20 s ago, so answers now fall in second 20. */
    final Tally tally = new Tally(new AnswerCheck(null, 0), 10, 8_000_000, 40);
    final long start = System.nanoTime() - 20 * SECOND;

    {
        tally.measuredFrom(start);
    }

    @Test
    void uAnswersAreCountedApartAndSAnswersKeepTheirPosOrderId() {
        tally.answered(due(0, 0), answer(200, S.formatted(0)));
        tally.answered(due(1, 0), answer(200, U));
        tally.answered(due(2, 0), answer(200, U));

        assertEquals(1, tally.ok());
        assertEquals(2, tally.unknown());
        assertEquals(Map.of("U/UNKNOWN_EXCEPTION", 2L), tally.errorsByKind(), "a U is still not an S");
        assertEquals("P-0", tally.posOrderIds()[0]);
        assertNull(tally.posOrderIds()[1]);
        assertEquals(new LoadResult.Second(20, 1, 2), tally.perSecond().get(20));
    }

    @Test
    void answersLaterThanTheLimitAndRequestsNeverAnsweredAreLate() {
        tally.answered(due(0, 19), answer(200, S.formatted(0)));   // due 1 s ago
        tally.answered(due(1, 11), answer(200, U));                // due 9 s ago
        tally.failed(due(2, 15), "timeout");
        tally.answered(new Pending(3, start - 10 * SECOND, false, new byte[0]), answer(200, S.formatted(3))); // warm-up
        tally.countUnanswered(5, 4);

        assertEquals(3, tally.late(), "the U after 9 s, the time-out and the one never answered; not the warm-up");
    }

    @Test
    void serverErrorsAreCounted() {
        tally.answered(due(0, 0), answer(503, "busy"));
        tally.answered(due(1, 0), answer(500, "oops"));
        tally.answered(due(2, 0), answer(400, "bad"));

        assertEquals(2, tally.serverErrors());
        assertEquals(Map.of("HTTP 400", 1L, "HTTP 500", 1L, "HTTP 503", 1L), tally.errorsByKind());
    }

    @Test
    void theSecondsRunToTheLastAnswer() {
        tally.answered(due(0, 0), answer(200, S.formatted(0)));

        List<LoadResult.Second> seconds = tally.perSecond();

        assertEquals(21, seconds.size());
        assertEquals(new LoadResult.Second(0, 0, 0), seconds.get(0));
    }

    /** A measured request due {@code second} seconds into the measured window. */
    private Pending due(int index, int second) {
        return new Pending(index, start + second * SECOND, true, new byte[0]);
    }

    private static FullHttpResponse answer(int status, String body) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.wrappedBuffer(body.getBytes(StandardCharsets.UTF_8)));
    }
}

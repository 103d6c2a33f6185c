package dev.dstorekit.pos.signature;

import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentSignaturesTest {

    static final byte[] UNKNOWN = ("{\"result\":{\"resultStatus\":\"U\",\"resultCode\":\"UNKNOWN_EXCEPTION\","
            + "\"resultMessage\":\"Temporary failure; retry with the same parameters\"}}").getBytes(StandardCharsets.UTF_8);
    static final String TIME = "2026-12-05T12:00:01Z";

    final AtomicInteger signed = new AtomicInteger();
    final RsaPayloadSigner rsa = new RsaPayloadSigner(TestKeys.POS.getPrivate());
    final PayloadSigner counting = new PayloadSigner() {
        @Override
        public String sign(String method, String uri, String clientId, String time, byte[] body) {
            signed.incrementAndGet();
            return rsa.sign(method, uri, clientId, time, body);
        }

        @Override
        public String algorithmProvider() {
            return rsa.algorithmProvider();
        }
    };
    final RecentSignatures signatures = new RecentSignatures(counting);

    @Test
    void theSameAnswerInTheSameSecondIsSignedOnceAndTheSignatureVerifies() {
        String first = signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, UNKNOWN);
        String again = signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, UNKNOWN.clone());

        assertEquals(first, again);
        assertEquals(1, signed.get());
        assertTrue(new RsaSignatureVerifier(TestKeys.POS.getPublic())
                .verify("POST", "/v2/pos/createOrder", "C1", TIME, UNKNOWN, again).valid());
    }

    @Test
    void anythingTheSignatureCoversThatDiffersIsSignedAfresh() {
        signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, UNKNOWN);
        String nextSecond = signatures.sign("POST", "/v2/pos/createOrder", "C1", "2026-12-05T12:00:02Z", UNKNOWN);
        String otherPath = signatures.sign("POST", "/v2/pos/inquireOrderDetail", "C1", TIME, UNKNOWN);
        byte[] otherBody = UNKNOWN.clone();
        otherBody[otherBody.length - 3] = 'X';
        String otherBytes = signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, otherBody);

        assertEquals(4, signed.get());
        assertNotEquals(nextSecond, otherPath);
        assertTrue(new RsaSignatureVerifier(TestKeys.POS.getPublic())
                .verify("POST", "/v2/pos/createOrder", "C1", TIME, otherBody, otherBytes).valid());
    }

    @Test
    void largeBodiesAreSignedEveryTimeAndOnlyTheLatestSmallOnesAreKept() {
        byte[] large = new byte[RecentSignatures.MAX_BODY + 1];
        signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, large);
        signatures.sign("POST", "/v2/pos/createOrder", "C1", TIME, large);
        assertEquals(2, signed.get());

        for (int i = 0; i <= RecentSignatures.CAPACITY; i++) {
            signatures.sign("POST", "/v2/pos/createOrder", "C1", "2026-12-05T12:01:" + (10 + i) + "Z", UNKNOWN);
        }
        signatures.sign("POST", "/v2/pos/createOrder", "C1", "2026-12-05T12:01:10Z", UNKNOWN);
        assertEquals(2 + RecentSignatures.CAPACITY + 2, signed.get(), "the oldest one was forgotten");
    }
}

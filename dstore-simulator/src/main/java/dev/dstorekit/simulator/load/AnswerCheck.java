package dev.dstorekit.simulator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.signature.SignatureVerifier;
import dev.dstorekit.signature.Verification;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every answer must be: HTTP 200 with result S; every {@code verifyEvery}-th one (by place in the schedule)
 * also has its signature verified, a sample because verifying costs about as much as the POS's own signing. A U is
 * told apart from other failures: under overload it is the answer a POS should give (D-Store retries it).
 */
final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SignatureVerifier verifier;
    private final int verifyEvery;
    private final AtomicLong verified = new AtomicLong();
    private final AtomicLong signatureFailures = new AtomicLong();

    AnswerCheck(SignatureVerifier verifier, int verifyEvery) {
        this.verifier = verifier;
        this.verifyEvery = verifyEvery;
    }

    /**
     * What an answer was.
     *
     * @param error      null when the answer is HTTP 200 with result S (and, when sampled, a valid signature); else the
     *                   error kind, e.g. {@code U/UNKNOWN_EXCEPTION} or {@code HTTP 503}
     * @param status     the HTTP status
     * @param unknown    whether the result is U (a valid, signed answer that asks for a retry)
     * @param posOrderId the posOrderId of an S answer, if it carries one
     */
    record Verdict(String error, int status, boolean unknown, String posOrderId) {

        static Verdict failed(String error, int status) {
            return new Verdict(error, status, false, null);
        }
    }

    Verdict check(FullHttpResponse response, int index) {
        if (response.decoderResult().isFailure()) {
            return Verdict.failed("malformed answer", 0);
        }
        int status = response.status().code();
        if (status != 200) {
            return Verdict.failed("HTTP " + status, status);
        }
        byte[] body = ByteBufUtil.getBytes(response.content());
        if (verifyEvery > 0 && index % verifyEvery == 0) {
            HttpHeaders headers = response.headers();
            Verification verification = verifier.verify("POST", LoadGenerator.PATH, headers.get("Client-Id"),
                    headers.get("Response-Time"), body, headers.get("Signature"));
            verified.incrementAndGet();
            if (!verification.valid()) {
                signatureFailures.incrementAndGet();
                return Verdict.failed("answer signature " + verification.failure(), status);
            }
        }
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode result = answer.path("result");
            if (!result.isObject()) {
                return Verdict.failed("no result", status);
            }
            String resultStatus = result.path("resultStatus").asText();
            if ("S".equals(resultStatus)) {
                return new Verdict(null, status, false, answer.path("posOrderId").asText(null));
            }
            return new Verdict(resultStatus + "/" + result.path("resultCode").asText(), status, "U".equals(resultStatus), null);
        } catch (IOException e) {
            return Verdict.failed("answer not JSON", status);
        }
    }

    long verified() {
        return verified.get();
    }

    long signatureFailures() {
        return signatureFailures.get();
    }
}

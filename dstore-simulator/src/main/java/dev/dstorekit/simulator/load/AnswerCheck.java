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
 * also has its signature verified, a sample because verifying costs about as much as the POS's own signing.
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

    /** Null when the answer is HTTP 200 with result S (and, when sampled, a valid signature); else the error kind. */
    String check(FullHttpResponse response, int index) {
        if (response.decoderResult().isFailure()) {
            return "malformed answer";
        }
        if (response.status().code() != 200) {
            return "HTTP " + response.status().code();
        }
        byte[] body = ByteBufUtil.getBytes(response.content());
        if (verifyEvery > 0 && index % verifyEvery == 0) {
            HttpHeaders headers = response.headers();
            Verification verification = verifier.verify("POST", LoadGenerator.PATH, headers.get("Client-Id"),
                    headers.get("Response-Time"), body, headers.get("Signature"));
            verified.incrementAndGet();
            if (!verification.valid()) {
                signatureFailures.incrementAndGet();
                return "answer signature " + verification.failure();
            }
        }
        try {
            JsonNode result = JSON.readTree(body).path("result");
            if (!result.isObject()) {
                return "no result";
            }
            String status = result.path("resultStatus").asText();
            return "S".equals(status) ? null : status + "/" + result.path("resultCode").asText();
        } catch (IOException e) {
            return "answer not JSON";
        }
    }

    long verified() {
        return verified.get();
    }

    long signatureFailures() {
        return signatureFailures.get();
    }
}

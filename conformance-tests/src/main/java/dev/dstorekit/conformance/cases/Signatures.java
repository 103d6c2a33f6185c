package dev.dstorekit.conformance.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.client.CallBuilder;
import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.client.PosClient;
import dev.dstorekit.conformance.orders.OrderFactory;
import dev.dstorekit.conformance.report.HowToFix;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import dev.dstorekit.signature.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The signature scheme, D-Store → POS and back (REFERENCE §2, §10 #2–3, §12 #1–4). */
@Order(1)
@DisplayName("Signatures (REFERENCE §2)")
public class Signatures extends ConformanceCase {

    private static final String VERIFY_HINT = "Verify every request before processing it: rebuild "
            + "`POST <request path>\\n<Client-Id>.<Request-Time>.<raw body bytes>` from the headers and the bytes exactly as "
            + "received, URL-decode then Base64-decode the signature= value and check it with D-Store's public key "
            + "(SHA256withRSA). On any failure answer HTTP 200 F/INVALID_SIGNATURE and do nothing else.";

    @Test
    @DisplayName("§2.2 A createOrder signed as documented is processed (S/SUCCESS)")
    @HowToFix("Build the string to sign from the raw request bytes, not from a re-serialized object, and verify it "
            + "with D-Store's public key; `java -jar dstore-sign.jar explain` shows where a mismatch comes from.")
    void validSignatureIsAccepted() {
        Exchange answer = conformance().createOrder(conformance().orders().pickup());
        Expect.result(answer, "S", "SUCCESS", "A correctly signed, valid createOrder");
    }

    @Test
    @DisplayName("§2.3 A body changed after signing is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT)
    void tamperedBodyIsRefused() {
        ObjectNode signed = conformance().orders().pickup();
        ObjectNode sent = signed.deepCopy().put("orderRemark", "changed after signing");
        Exchange answer = send(OrderFactory.bytes(sent), call -> call.signedBody(OrderFactory.bytes(signed)));
        Expect.refusedAndNotProcessed(conformance(), answer, "A body changed after signing",
                sent.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§2.2 A signature made for another URI is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT + " The URI in the string to sign is the path that was called (plus query), without scheme or host.")
    void tamperedUriIsRefused() {
        ObjectNode order = conformance().orders().pickup();
        Exchange answer = send(OrderFactory.bytes(order), call -> call.signedFor(Operation.INQUIRE_ORDER_DETAIL));
        Expect.refusedAndNotProcessed(conformance(), answer, "A signature made for /v2/pos/inquireOrderDetail",
                order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§2.2 A Client-Id changed after signing is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT + " Use the Client-Id header value in the string to sign, and refuse Client-Ids you were not given.")
    void tamperedClientIdIsRefused() {
        ObjectNode order = conformance().orders().pickup();
        String clientId = conformance().pos().clientId();
        Exchange answer = send(OrderFactory.bytes(order), call -> call.signedClientId(clientId).clientId(clientId + "X"));
        Expect.refusedAndNotProcessed(conformance(), answer, "A Client-Id changed after signing",
                order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§2.2 A Request-Time changed after signing is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT + " Use the Request-Time header verbatim in the string to sign; never reformat it.")
    void tamperedRequestTimeIsRefused() {
        ObjectNode order = conformance().orders().pickup();
        String signedTime = PosClient.now();
        String sentTime = RequestTimes.format(Instant.now().minusSeconds(5), ZoneOffset.ofHours(8));
        Exchange answer = send(OrderFactory.bytes(order), call -> call.signedTime(signedTime).requestTime(sentTime));
        Expect.refusedAndNotProcessed(conformance(), answer, "A Request-Time changed after signing",
                order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§2.1 A signature made with a key other than D-Store's is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT + " Verify with the D-Store public key exchanged at onboarding, never with a key sent in the request.")
    void signatureByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RsaPayloadSigner stranger = new RsaPayloadSigner(generator.generateKeyPair().getPrivate());
        ObjectNode order = conformance().orders().pickup();
        Exchange answer = send(OrderFactory.bytes(order), call -> call.signer(stranger));
        Expect.refusedAndNotProcessed(conformance(), answer, "A request signed with another RSA key",
                order.path("requestOrderId").asText());
    }

    /** Ways the three D-Store headers can be missing or malformed. */
    enum HeaderDefect {
        SIGNATURE_MISSING("Signature header missing", c -> c.without("Signature")),
        CLIENT_ID_MISSING("Client-Id header missing", c -> c.without("Client-Id")),
        REQUEST_TIME_MISSING("Request-Time header missing", c -> c.without("Request-Time")),
        REQUEST_TIME_GARBAGE("Request-Time 'yesterday' (signed as sent)", c -> c.requestTime("yesterday")),
        NOT_NAME_VALUE_PAIRS("Signature is a bare value, not algorithm=…, keyVersion=…, signature=…",
                c -> c.signatureHeader(h -> h.substring(h.indexOf("signature=") + "signature=".length()))),
        SIGNATURE_PAIR_MISSING("Signature header without the signature= pair",
                c -> c.signatureHeader(h -> h.substring(0, h.indexOf(", signature=")))),
        ALGORITHM_NOT_RSA256("algorithm=RSA512 instead of RSA256", c -> c.signatureHeader(h -> h.replace("RSA256", "RSA512"))),
        SIGNATURE_NOT_BASE64("signature value that is not Base64", c -> c.signatureHeader(h ->
                h.substring(0, h.indexOf("signature=") + "signature=".length()) + "not*base64!")),
        SIGNATURE_TRUNCATED("signature value cut in half", c -> c.signatureHeader(h -> h.substring(0,
                h.indexOf("signature=") + "signature=".length() + (h.length() - h.indexOf("signature=")) / 2)));

        private final String description;
        private final Consumer<CallBuilder> defect;

        HeaderDefect(String description, Consumer<CallBuilder> defect) {
            this.description = description;
            this.defect = defect;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HeaderDefect.class)
    @DisplayName("§2.5 A missing or malformed Client-Id, Request-Time or Signature header is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix(VERIFY_HINT + " A missing header or one you cannot parse is a failed verification, not an exception (no HTTP 4xx/5xx).")
    void missingOrMalformedHeaderIsRefused(HeaderDefect defect) {
        ObjectNode order = conformance().orders().pickup();
        Exchange answer = send(OrderFactory.bytes(order), defect.defect);
        Expect.refusedAndNotProcessed(conformance(), answer, defect.description, order.path("requestOrderId").asText());
    }

    /** The two ways the Signature header is written in the wild. */
    enum Spacing {
        WITH_SPACES("algorithm=RSA256, keyVersion=1, signature=… (D-Store docs)", h -> h),
        WITHOUT_SPACES("algorithm=RSA256,keyVersion=1,signature=… (Alipay SDK)", h -> h.replace(", ", ","));

        private final String description;
        private final java.util.function.UnaryOperator<String> format;

        Spacing(String description, java.util.function.UnaryOperator<String> format) {
            this.description = description;
            this.format = format;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Spacing.class)
    @DisplayName("§2.2, §10 #3 The Signature header is accepted with and without spaces after the commas")
    @HowToFix("Split the Signature header on commas and trim each name=value pair; accept the pairs in any order.")
    void bothHeaderSpacingsAreAccepted(Spacing spacing) {
        Exchange answer = send(OrderFactory.bytes(conformance().orders().pickup()), call -> call.signatureHeader(spacing.format));
        Expect.result(answer, "S", "SUCCESS", "A valid createOrder whose Signature header is written " + spacing.description);
    }

    @Test
    @DisplayName("§10 #2, §12 #4 A Request-Time in epoch milliseconds is accepted")
    @HowToFix("Accept Request-Time both as ISO 8601 with offset (2023-08-28T22:16:07+08:00) and as epoch milliseconds "
            + "(1693232167000); use the header value verbatim in the string to sign.")
    void epochMillisecondRequestTimeIsAccepted() {
        String millis = Long.toString(Instant.now().toEpochMilli());
        Exchange answer = send(OrderFactory.bytes(conformance().orders().pickup()), call -> call.requestTime(millis));
        Expect.result(answer, "S", "SUCCESS", "A valid createOrder with Request-Time " + millis);
    }

    /** Request-Times far outside D-Store's ±300 s window. */
    enum Skew {
        ONE_HOUR_OLD(Duration.ofHours(-1)), ONE_HOUR_AHEAD(Duration.ofHours(1));

        private final Duration offset;

        Skew(Duration offset) {
            this.offset = offset;
        }

        @Override
        public String toString() {
            return "Request-Time " + (offset.isNegative() ? "one hour old" : "one hour in the future");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Skew.class)
    @DisplayName("§2, spec RequestTime A Request-Time far outside the ±300 s tolerance is refused (F/INVALID_SIGNATURE) and not processed")
    @HowToFix("Compare Request-Time (ISO 8601 or epoch ms) with your clock and refuse it when it is more than the tolerance "
            + "(default 300 s) away in either direction; keep the server clock synchronised (NTP).")
    void staleRequestTimeIsRefused(Skew skew) {
        ObjectNode order = conformance().orders().pickup();
        String time = RequestTimes.format(Instant.now().plus(skew.offset), ZoneOffset.ofHours(8));
        Exchange answer = send(OrderFactory.bytes(order), call -> call.requestTime(time));
        Expect.refusedAndNotProcessed(conformance(), answer, skew.toString(), order.path("requestOrderId").asText());
    }

    @Test
    @DisplayName("§2.3, §12 #3 Every POS answer carries Client-Id, Response-Time and a Signature that verifies with the POS public key")
    @HowToFix("Sign every answer — S, F (including INVALID_SIGNATURE refusals) and U — over the exact bytes you send: "
            + "`POST <request path>\\n<Client-Id>.<Response-Time>.<answer body>` with your private key; send Client-Id, "
            + "Response-Time (ISO 8601 with offset, your clock) and Signature headers. Never re-serialize after signing.")
    void posAnswersAreSigned() {
        Conformance c = conformance();
        ObjectNode order = c.orders().pickup();
        List<Exchange> answers = new ArrayList<>();
        answers.add(c.createOrder(order));
        answers.add(c.inquire(order.path("requestOrderId").asText()));
        answers.add(c.inquire(c.orders().ids().next("unknown")));
        answers.add(c.push(c.orders().push(c.orders().ids().next("unknown")).put("orderStatus", "CANCELLED")));
        ObjectNode invalid = c.orders().pickup();
        invalid.remove("posStoreId");
        answers.add(c.createOrder(invalid));
        answers.add(send(OrderFactory.bytes(c.orders().pickup()), call -> call.without("Signature")));
        List<String> problems = new ArrayList<>();
        for (Exchange answer : answers) {
            problems.addAll(AnswerSignatures.problems(c, answer));
        }
        Expect.none(problems, "Answers that are not signed as documented");
    }

    private Exchange send(byte[] body, Consumer<CallBuilder> change) {
        CallBuilder call = conformance().pos().call(Operation.CREATE_ORDER, body);
        change.accept(call);
        return conformance().pos().send(call.build());
    }

    /** Checks of one answer's signature headers. */
    static final class AnswerSignatures {

        private AnswerSignatures() {
        }

        static List<String> problems(Conformance c, Exchange answer) {
            String what = answer.describe();
            if (answer.status() < 0) {
                return List.of(what + ": no answer to check");
            }
            List<String> problems = new ArrayList<>();
            String clientId = answer.header("Client-Id").orElse(null);
            String time = answer.header("Response-Time").orElse(null);
            String signature = answer.header("Signature").orElse(null);
            if (clientId == null) {
                problems.add(what + ": no Client-Id header");
            }
            if (time == null) {
                problems.add(what + ": no Response-Time header");
            } else if (!RequestTimes.withinTolerance(time, Instant.now(), Duration.ofSeconds(300))) {
                problems.add(what + ": Response-Time '" + time + "' is unparsable or more than 300 s from now");
            }
            if (signature == null) {
                problems.add(what + ": no Signature header");
            } else if (clientId != null && time != null) {
                Verification verification = c.posVerifier().verify("POST", c.pos().signedUri(answer.call().operation()),
                        clientId, time, answer.body(), signature);
                if (!verification.valid()) {
                    problems.add(what + ": signature does not verify with the POS public key: " + verification.failure()
                            + " (" + verification.detail() + ")");
                }
            }
            return problems;
        }
    }
}

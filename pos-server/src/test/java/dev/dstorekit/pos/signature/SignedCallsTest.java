package dev.dstorekit.pos.signature;

import dev.dstorekit.pos.support.Answer;
import dev.dstorekit.pos.support.DStore;
import dev.dstorekit.pos.support.Metrics;
import dev.dstorekit.pos.support.OrderJson;
import dev.dstorekit.pos.support.PosServer;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server behind the signature filter: calls that fail verification are refused and never processed; a call
 * signed by an independent implementation (openssl) is accepted and the server's answer verifies with openssl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedCallsTest {

    @TempDir
    static Path dataDir;
    PosServer server;
    DStore dstore;

    @BeforeAll
    void start() {
        server = PosServer.onEmbeddedDatabase(dataDir);
        dstore = server.dstore();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    enum Tampering {
        SIGNATURE_MISSING, SIGNATURE_MALFORMED, SIGNED_BY_ANOTHER_KEY, BODY_CHANGED_AFTER_SIGNING,
        SIGNED_FOR_ANOTHER_URI, CLIENT_ID_MISSING, CLIENT_ID_UNKNOWN, REQUEST_TIME_STALE, REQUEST_TIME_IN_FUTURE,
        REQUEST_TIME_MISSING, REQUEST_TIME_CHANGED_AFTER_SIGNING
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void callThatFailsVerificationIsRefusedAsInvalidSignatureAndNeverProcessed(Tampering tampering) {
        String id = OrderJson.newRequestOrderId();
        byte[] body = OrderJson.pickup(id).json().getBytes(StandardCharsets.UTF_8);
        String path = DStore.CREATE_ORDER;
        String client = PosServer.CLIENT_ID;
        String time = DStore.now();
        String good = DStore.sign(path, client, time, body, TestKeys.DSTORE.getPrivate());
        double refusedBefore = Metrics.count(server, "pos.signature.refused", "direction", "inbound");
        double answersBefore = Metrics.count(server, "pos.answers", "code", "INVALID_SIGNATURE");

        Answer answer = switch (tampering) {
            case SIGNATURE_MISSING -> dstore.send(path, body, client, time, null);
            case SIGNATURE_MALFORMED -> dstore.send(path, body, client, time, "RSA256 " + good.substring(good.length() - 40));
            case SIGNED_BY_ANOTHER_KEY -> dstore.send(path, body, client, time,
                    DStore.sign(path, client, time, body, TestKeys.STRANGER.getPrivate()));
            case BODY_CHANGED_AFTER_SIGNING -> dstore.send(path, OrderJson.pickup(id).set("orderAmount.value", "1")
                    .json().getBytes(StandardCharsets.UTF_8), client, time, good);
            case SIGNED_FOR_ANOTHER_URI -> dstore.send(path, body, client, time,
                    DStore.sign(DStore.PUSH, client, time, body, TestKeys.DSTORE.getPrivate()));
            case CLIENT_ID_MISSING -> dstore.send(path, body, null, time, good);
            case CLIENT_ID_UNKNOWN -> dstore.send(path, body, "SOMEONE_ELSE", time,
                    DStore.sign(path, "SOMEONE_ELSE", time, body, TestKeys.DSTORE.getPrivate()));
            case REQUEST_TIME_STALE -> signedAt(Instant.now().minusSeconds(301), body);
            case REQUEST_TIME_IN_FUTURE -> signedAt(Instant.now().plusSeconds(310), body); // whole seconds: 301 could round to inside the 300 s
            case REQUEST_TIME_MISSING -> dstore.send(path, body, client, null, good);
            case REQUEST_TIME_CHANGED_AFTER_SIGNING -> dstore.send(path, body, client,
                    RequestTimes.format(Instant.now().minusSeconds(2), ZoneOffset.UTC), good);
        };

        answer.assertResult("F", "INVALID_SIGNATURE");
        assertEquals(0, server.db().count("SELECT count(*) FROM orders WHERE request_order_id = ?", id),
                "a refused call must not be processed");
        assertEquals(refusedBefore + 1, Metrics.count(server, "pos.signature.refused", "direction", "inbound"));
        assertEquals(answersBefore + 1, Metrics.count(server, "pos.answers", "code", "INVALID_SIGNATURE"));
    }

    @Test
    void requestTimeWithinTheToleranceIsAccepted() {
        byte[] body = OrderJson.pickup(OrderJson.newRequestOrderId()).json().getBytes(StandardCharsets.UTF_8);

        signedAt(Instant.now().minusSeconds(290), body).assertResult("S", "SUCCESS");
    }

    @Test
    void requestSignedByOpensslIsAcceptedAndTheAnswerVerifiesWithOpenssl(@TempDir Path work) throws Exception {
        Path dstorePrivate = Files.writeString(work.resolve("dstore-private.pem"), RsaKeys.pem(TestKeys.DSTORE.getPrivate()));
        Path posPublic = Files.writeString(work.resolve("pos-public.pem"), RsaKeys.pem(TestKeys.POS.getPublic()));
        String id = OrderJson.newRequestOrderId();
        byte[] body = OrderJson.pickup(id).json().getBytes(StandardCharsets.UTF_8);
        String time = DStore.now();
        Path toSign = Files.write(work.resolve("request.txt"), concat(("POST " + DStore.CREATE_ORDER + "\n"
                + PosServer.CLIENT_ID + "." + time + ".").getBytes(StandardCharsets.UTF_8), body));
        Path signature = work.resolve("request.sig");
        openssl(work, "dgst", "-sha256", "-sign", dstorePrivate.toString(), "-out", signature.toString(), toSign.toString());
        String header = "algorithm=RSA256, keyVersion=1, signature=" + URLEncoder.encode(
                Base64.getEncoder().encodeToString(Files.readAllBytes(signature)), StandardCharsets.UTF_8);

        Answer answer = dstore.send(DStore.CREATE_ORDER, body, PosServer.CLIENT_ID, time, header);

        assertEquals("S", answer.resultStatus(), answer.text());
        assertTrue(answer.field("posOrderId").startsWith("POS-"));
        String responseTime = answer.headers().firstValue("Response-Time").orElseThrow();
        String value = answer.headers().firstValue("Signature").orElseThrow().replaceFirst(".*signature=", "");
        Path answerData = Files.write(work.resolve("answer.txt"), concat(("POST " + DStore.CREATE_ORDER + "\n"
                + PosServer.CLIENT_ID + "." + responseTime + ".").getBytes(StandardCharsets.UTF_8), answer.body()));
        Path answerSignature = Files.write(work.resolve("answer.sig"),
                Base64.getDecoder().decode(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        String verified = openssl(work, "dgst", "-sha256", "-verify", posPublic.toString(), "-signature",
                answerSignature.toString(), answerData.toString());
        assertTrue(verified.contains("Verified OK"), verified);
        Path otherData = Files.write(work.resolve("tampered.txt"), concat(("POST " + DStore.CREATE_ORDER + "\n"
                + PosServer.CLIENT_ID + "." + responseTime + ".").getBytes(StandardCharsets.UTF_8),
                answer.text().replace("SUCCESS", "SUCCES5").getBytes(StandardCharsets.UTF_8)));
        assertTrue(openssl(work, "dgst", "-sha256", "-verify", posPublic.toString(), "-signature",
                answerSignature.toString(), otherData.toString()).contains("Verification failure"),
                "openssl must reject a changed answer, or the check above proves nothing");
    }

    private Answer signedAt(Instant instant, byte[] body) {
        String time = RequestTimes.format(instant, ZoneOffset.ofHours(8));
        return dstore.send(DStore.CREATE_ORDER, body, PosServer.CLIENT_ID, time,
                DStore.sign(DStore.CREATE_ORDER, PosServer.CLIENT_ID, time, body, TestKeys.DSTORE.getPrivate()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String openssl(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "openssl timed out");
        return output;
    }
}

package dev.dstorekit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.conformance.cases.OrderFlow;
import dev.dstorekit.conformance.cases.Outbound;
import dev.dstorekit.conformance.pos.Flaw;
import dev.dstorekit.conformance.pos.TestPos;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --evidence DIR}: the pack's records, its summary per API of the guide, and signatures openssl verifies. */
class EvidencePackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePackRecordsEachCaseAndItsSignaturesVerifyWithOpenssl(@TempDir Path dir) throws Exception {
        int port = SuiteRun.freePort();
        Path evidence = dir.resolve("evidence");
        try (TestPos pos = TestPos.start(Set.<Flaw>of(), SuiteRun.dstoreUrl(port), Duration.ZERO)) {
            Map<String, String> settings = new HashMap<>(SuiteRun.settings(pos.url(), port, dir.resolve("reports")));
            settings.put(Settings.EVIDENCE_DIR, evidence.toString());

            ConformanceRunner.Result result = SuiteRun.run(settings, OrderFlow.class, Outbound.class);

            assertTrue(result.passed(), SuiteRun.explain(result));
        }
        String summary = Files.readString(evidence.resolve("summary.md"));
        assertTrue(summary.contains("| createOrder | yes | PASSED |"), summary);
        assertTrue(summary.contains("| inquireOrderDetail | yes | PASSED |"), summary);
        assertTrue(summary.contains("| syncStore | no | NOT APPLICABLE"), summary);
        assertTrue(summary.contains("SHA-256 "), summary);
        assertTrue(!summary.contains(TestKeys.base64(TestKeys.POS.getPublic()).substring(0, 60)), "keys only as fingerprints");
        assertTrue(Files.readString(evidence.resolve("summary.html")).contains("<td>createOrder</td>"));

        JsonNode createOrder = firstCall(evidence, "createOrder");
        JsonNode answer = createOrder.path("answer");
        assertTrue(answer.path("signatureVerification").path("valid").asBoolean(), answer.toString());
        assertTrue(createOrder.path("request").path("signatureVerification").path("valid").asBoolean());
        assertTrue(opensslVerifies(dir, createOrder), "openssl verifies the recorded answer signature");
    }

    private static JsonNode firstCall(Path evidence, String operation) throws IOException {
        try (Stream<Path> files = Files.list(evidence.resolve("cases"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode call : JSON.readTree(file.toFile()).path("callsToPos")) {
                    if (operation.equals(call.path("operation").asText())
                            && header(call.path("answer").path("headers"), "Signature") != null) {
                        return call;
                    }
                }
            }
        }
        throw new AssertionError("no signed " + operation + " answer recorded");
    }

    private static String header(JsonNode headers, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = headers.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    /** Rebuilds the answer's string to sign from the record alone and checks it with the openssl command line. */
    private static boolean opensslVerifies(Path dir, JsonNode call) throws Exception {
        JsonNode headers = call.path("answer").path("headers");
        String clientId = Optional.ofNullable(header(headers, "Client-Id"))
                .orElse(call.path("request").path("headers").path("Client-Id").asText());
        byte[] body = Base64.getDecoder().decode(call.path("answer").path("bodyBase64").asText());
        byte[] prefix = ("POST " + call.path("uri").asText() + "\n" + clientId + "." + header(headers, "Response-Time")
                + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        String header = header(headers, "Signature");
        String signature = header.replaceFirst(".*signature=", "").strip();
        byte[] raw = Base64.getDecoder().decode(URLDecoder.decode(signature, StandardCharsets.UTF_8));
        Path data = Files.write(dir.resolve("signed.bin"), signed);
        Path sig = Files.write(dir.resolve("signature.bin"), raw);
        Path key = Files.writeString(dir.resolve("pos-public.pem"), RsaKeys.pem(TestKeys.POS.getPublic()));
        Process process;
        try {
            process = new ProcessBuilder(List.of("openssl", "dgst", "-sha256", "-verify", key.toString(), "-signature",
                    sig.toString(), data.toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("openssl is not on the PATH");
            return false;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output.contains("Verified OK");
    }
}

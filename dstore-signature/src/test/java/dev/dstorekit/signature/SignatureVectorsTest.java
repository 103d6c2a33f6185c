package dev.dstorekit.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published signature vectors ({@code signature-vectors/*.json}, signed by openssl) hold for openssl itself and
 * for this library: the string to sign, the header our signer writes, and the verdict our verifier gives. The
 * reference signers in {@code examples/signers} are checked against the same files by stack-checks.
 */
class SignatureVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("..", "signature-vectors");

    static List<Path> vectors() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void stringToSignIsTheOneTheVectorStates(Path file) {
        Vector v = Vector.read(file);
        assertArrayEquals(v.bytes("stringToSign"), StringToSign.of(v.text("method"), v.text("uri"), v.text("clientId"),
                v.text("time"), v.bytes("body")));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void ourVerifierGivesTheExpectedVerdict(Path file) {
        Vector v = Vector.read(file);
        Verification verdict = new RsaSignatureVerifier(v.publicKey()).verify(v.text("method"), v.text("uri"),
                v.text("clientId"), v.text("time"), v.bytes("body"), v.text("signatureHeader"));
        // a tolerated vector is one D-Store refuses and this library accepts on purpose (its "tolerated" says why)
        boolean expected = v.valid() || v.json.has("tolerated");
        assertEquals(expected, verdict.valid(), file.getFileName() + ": " + verdict);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void ourSignerWritesTheHeaderOfEverySigningVector(Path file) {
        Vector v = Vector.read(file);
        if (v.forSigners()) {
            String header = new RsaPayloadSigner(v.privateKey()).sign(v.text("method"), v.text("uri"),
                    v.text("clientId"), v.text("time"), v.bytes("body"));
            assertEquals(v.text("signatureHeader"), header);
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void opensslGivesTheExpectedVerdict(Path file, @TempDir Path dir) throws IOException {
        Openssl.assumeAvailable();
        Vector v = Vector.read(file);
        Path publicKey = Files.writeString(dir.resolve("public.pem"), v.json.path("keys").path("publicKeyPem").asText());
        byte[] signature = v.signatureAsDStoreDecodesIt();
        boolean signatureHolds = signature.length > 0 && Openssl.verify(publicKey, v.bytes("stringToSign"), signature, dir);
        assertEquals(v.valid(), v.namesRsa256() && signatureHolds, file.getFileName().toString());
        if (!v.namesRsa256()) {
            // the header is the mistake: the signature it carries is good
            assertTrue(signatureHolds, file.getFileName().toString());
        }
        if (v.json.has("signedStringToSign")) {
            // the mistake is the one the vector names: the signature is good over what the faulty sender signed
            assertTrue(Openssl.verify(publicKey, v.bytes("signedStringToSign"), signature, dir), file.getFileName().toString());
        }
    }

    @Test
    void vectorsCoverBothDirectionsAndEveryCommonMistake() throws IOException {
        List<Vector> all = vectors().stream().map(Vector::read).toList();
        Set<String> signedDirections = all.stream().filter(Vector::forSigners).map(v -> v.text("direction"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("dstore-to-pos request", "pos-to-dstore answer", "pos-to-dstore request",
                "dstore-to-pos answer"), signedDirections);
        Set<String> mistakes = all.stream().map(v -> v.json.path("mistake").asText()).collect(Collectors.toSet());
        for (String mistake : List.of("body re-serialized after signing", "body re-indented after signing",
                "CRLF instead of LF in the string to sign", "URI with scheme and host",
                "query string left out of the signed URI", "time signed in another format than sent",
                "signed with the wrong private key", "signature value not URL-encoded",
                "algorithm pair missing from the header")) {
            assertTrue(mistakes.contains(mistake), "no vector for: " + mistake);
        }
        assertFalse(all.stream().filter(v -> !v.valid()).anyMatch(Vector::forSigners), "an invalid vector is no signer's target");
    }

    /** One vector file. */
    private record Vector(JsonNode json) {

        static Vector read(Path file) {
            try {
                return new Vector(JSON.readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text(String field) {
            return json.path(field).asText();
        }

        byte[] bytes(String field) {
            return Base64.getDecoder().decode(json.path(field).path("base64").asText());
        }

        boolean valid() {
            return "valid".equals(text("expected"));
        }

        boolean forSigners() {
            return json.path("use").toString().contains("\"sign\"");
        }

        PublicKey publicKey() {
            return RsaKeys.publicKey(json.path("keys").path("publicKeyPem").asText(), "publicKeyPem");
        }

        PrivateKey privateKey() {
            return RsaKeys.privateKey(json.path("keys").path("privateKeyPem").asText(), "privateKeyPem");
        }

        /** Whether the header names the one algorithm D-Store signs with; without it a verifier has nothing to check. */
        boolean namesRsa256() {
            return "RSA256".equals(headerPair("algorithm"));
        }

        /**
         * The signature bytes as D-Store's SDK reads them: the value URL-decoded with java.net.URLDecoder ('+' becomes
         * a space), then Base64; empty when that fails.
         */
        byte[] signatureAsDStoreDecodesIt() {
            String value = headerPair("signature");
            if (value == null) {
                return new byte[0];
            }
            try {
                return Base64.getDecoder().decode(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }

        private String headerPair(String name) {
            for (String pair : text("signatureHeader").split(",")) {
                String[] nameValue = pair.trim().split("=", 2);
                if (nameValue[0].trim().equals(name) && nameValue.length == 2) {
                    return nameValue[1].trim();
                }
            }
            return null;
        }
    }
}

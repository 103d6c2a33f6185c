package dev.dstorekit.conformance.preflight;

import dev.dstorekit.testsupport.TestKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dstorekit.conformance.preflight.Finding.Verdict;
import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each offline go-live check passes a clean production file and catches the mistake it exists for. */
class ConfigurationChecksTest {

    @TempDir
    Path dir;

    private List<Finding> check(TestResources production, TestResources sandbox) {
        Resources p = ResourcesFile.readLeavingKeysUnchecked(production.write(dir.resolve("production.yml")));
        Resources s = sandbox == null ? null : ResourcesFile.readLeavingKeysUnchecked(sandbox.write(dir.resolve("sandbox.yml")));
        return ConfigurationChecks.check(p, s);
    }

    private static Finding only(List<Finding> findings, String check) {
        List<Finding> matching = findings.stream().filter(f -> f.check().equals(check)).toList();
        assertEquals(1, matching.size(), check + " in " + findings);
        return matching.get(0);
    }

    private static Finding failed(List<Finding> findings, String check) {
        Finding finding = findings.stream().filter(f -> f.check().equals(check) && f.verdict() == Verdict.FAIL)
                .findFirst().orElseThrow(() -> new AssertionError("no failed " + check + " in " + findings));
        return finding;
    }

    @Test
    void aCleanProductionFilePassesEveryCheck() {
        List<Finding> findings = check(TestResources.production(), TestResources.sandbox());

        assertTrue(findings.stream().allMatch(f -> f.verdict() == Verdict.PASS), findings.toString());
        assertEquals(List.of("environment", "pos-endpoint-https", "dstore-endpoint-https", "pos-endpoint-not-sandbox",
                "rsa-key-size", "key-pair-match", "sandbox-values", "sandbox-marker"),
                findings.stream().map(Finding::check).toList());
    }

    @Test
    void aSandboxFileOrASimulatedDStoreKeyIsNoProductionFile() {
        assertEquals(Verdict.FAIL, only(check(TestResources.production().with("environment", "sandbox"), null),
                "environment").verdict());
        Finding simulated = only(check(TestResources.production()
                .with("dstore.privateKey", TestResources.privateBase64(TestResources.PRODUCTION_DSTORE)), null), "environment");
        assertEquals(Verdict.FAIL, simulated.verdict());
        assertTrue(simulated.explanation().contains("dstore.privateKey"), simulated.explanation());
    }

    @Test
    void plainHttpEndpointsFail() {
        List<Finding> findings = check(TestResources.production()
                .with("pos.gatewayEndpoint", "http://pos.example.com/dstore")
                .with("dstore.gatewayEndpoint", "http://open-na.example.com"), null);

        assertTrue(only(findings, "pos-endpoint-https").explanation().contains("must be https://"));
        assertEquals(Verdict.FAIL, only(findings, "pos-endpoint-https").verdict());
        assertEquals(Verdict.FAIL, only(findings, "dstore-endpoint-https").verdict());
    }

    @Test
    void thePosEndpointOfTheSandboxFails() {
        List<Finding> findings = check(TestResources.production().with("pos.gatewayEndpoint",
                "https://pos-staging.example.com/dstore/"), TestResources.sandbox());

        assertEquals(Verdict.FAIL, only(findings, "pos-endpoint-not-sandbox").verdict());
    }

    @Test
    void withoutASandboxFileTheComparisonsAreSkippedNotPassed() {
        List<Finding> findings = check(TestResources.production(), null);

        assertEquals(Verdict.SKIPPED, only(findings, "pos-endpoint-not-sandbox").verdict());
        assertEquals(Verdict.SKIPPED, only(findings, "sandbox-values").verdict());
    }

    @Test
    void aKeyShorterThan2048BitsFails() {
        List<Finding> findings = check(TestResources.production()
                .with("dstore.publicKey", TestResources.publicBase64(TestKeys.generate(1024))), null);

        Finding size = only(findings, "rsa-key-size");
        assertEquals(Verdict.FAIL, size.verdict());
        assertTrue(size.explanation().startsWith("dstore.publicKey: "), size.explanation());
    }

    @Test
    void aPublicKeyOfAnotherPairFailsTheRoundTrip() {
        List<Finding> findings = check(TestResources.production()
                .with("pos.publicKey", TestResources.publicBase64(TestResources.SANDBOX_POS)), null);

        Finding match = only(findings, "key-pair-match");
        assertEquals(Verdict.FAIL, match.verdict());
        assertTrue(match.explanation().contains("does not verify"), match.explanation());
    }

    @Test
    void aClientIdAccountOrKeyCarriedOverFromTheSandboxFails() {
        List<Finding> findings = check(TestResources.production()
                .with("dstore.clientId", "CLIENT-7")
                .with("pos.posAccountId", "ACC-SBX-1")
                .with("pos.privateKey", TestResources.privateBase64(TestResources.SANDBOX_POS))
                .with("pos.publicKey", TestResources.publicBase64(TestResources.SANDBOX_POS)),
                TestResources.sandbox().with("dstore.clientId", "CLIENT-7"));

        List<String> carried = findings.stream().filter(f -> f.check().equals("sandbox-values"))
                .map(f -> f.explanation().substring(0, f.explanation().indexOf(' '))).toList();
        assertEquals(List.of("dstore.clientId", "pos.posAccountId", "pos.privateKey", "pos.publicKey"), carried);
        assertTrue(findings.stream().filter(f -> f.check().equals("sandbox-values")).allMatch(f -> f.verdict() == Verdict.FAIL));
    }

    @Test
    void aSandboxOrTestMarkerFailsIncludingInAKeyFileName() throws Exception {
        Path keyFile = dir.resolve("TEST-ONLY-pos-private.b64");
        Files.writeString(keyFile, TestResources.privateBase64(TestResources.PRODUCTION_POS));

        List<Finding> findings = check(TestResources.production()
                .with("dstore.clientId", "DEV_TEST_ONLY_CLIENT")
                .with("pos.privateKey", keyFile.getFileName().toString()), null);

        failed(findings, "sandbox-marker");
        List<String> fields = findings.stream().filter(f -> f.check().equals("sandbox-marker"))
                .map(f -> f.explanation().substring(0, f.explanation().indexOf(' '))).toList();
        assertEquals(List.of("dstore.clientId", "pos.privateKey"), fields);
        assertEquals(Verdict.PASS, only(check(TestResources.production().with("pos.posAccountId", "LATEST-CONTEST-1"), null),
                "sandbox-marker").verdict(), "TEST inside a word is no marker");
    }
}

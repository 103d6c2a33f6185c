package dev.dstorekit.conformance.preflight;

import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.SandboxMarkers;
import dev.dstorekit.signature.InvalidKeyException;
import dev.dstorekit.signature.RsaKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The go-live checks that need no network: step 4 of the integration guide ("replace every sandbox resource with its
 * production one; the POS endpoint must be HTTPS and differ from the sandbox's") applied to a production resources
 * file, compared with the sandbox file where one is given.
 */
public final class ConfigurationChecks {

    private static final byte[] PROBE = "dstore-conformance preflight: does the private key match the public key?"
            .getBytes(StandardCharsets.UTF_8);

    private ConfigurationChecks() {
    }

    /**
     * @param production the file to check
     * @param sandbox    the sandbox file to compare with, or {@code null}
     */
    public static List<Finding> check(Resources production, Resources sandbox) {
        List<Finding> findings = new ArrayList<>();
        findings.add(environment(production));
        findings.add(https("pos-endpoint-https", "pos.gatewayEndpoint", production.pos().gatewayEndpoint(),
                "the guide requires D-Store to reach the POS over HTTPS"));
        findings.add(https("dstore-endpoint-https", "dstore.gatewayEndpoint", production.dstore().gatewayEndpoint(),
                "D-Store's APIs are served over HTTPS only"));
        findings.add(posEndpointDiffers(production, sandbox));
        Map<String, Key> keys = keys(production, findings);
        findings.add(keyPairMatches(keys));
        findings.addAll(sandboxValues(production, sandbox, keys));
        findings.addAll(markers(production));
        return findings;
    }

    private static Finding environment(Resources production) {
        if (production.dstore().privateKey() != null) {
            return Finding.fail("environment", "dstore.privateKey is set: only a simulated D-Store has one; a production"
                    + " file must not carry it (this is a local or sandbox file)");
        }
        if ("sandbox".equals(production.environment())) {
            return Finding.fail("environment", "the file says environment: sandbox");
        }
        return Finding.pass("environment", production.environment() == null ? "no environment stated and no"
                + " simulated D-Store key" : "environment: " + production.environment());
    }

    private static Finding https(String check, String field, URI endpoint, String why) {
        if ("https".equalsIgnoreCase(endpoint.getScheme())) {
            return Finding.pass(check, field + " is " + endpoint);
        }
        return Finding.fail(check, field + " is " + endpoint + ": it must be https:// (" + why + ")");
    }

    private static Finding posEndpointDiffers(Resources production, Resources sandbox) {
        String check = "pos-endpoint-not-sandbox";
        if (sandbox == null) {
            return Finding.skipped(check, "no --sandbox file to compare pos.gatewayEndpoint with");
        }
        if (sameEndpoint(production.pos().gatewayEndpoint(), sandbox.pos().gatewayEndpoint())) {
            return Finding.fail(check, "pos.gatewayEndpoint " + production.pos().gatewayEndpoint() + " is the sandbox's;"
                    + " the guide requires the production endpoint to differ from the sandbox's");
        }
        return Finding.pass(check, "pos.gatewayEndpoint differs from the sandbox's " + sandbox.pos().gatewayEndpoint());
    }

    private static boolean sameEndpoint(URI a, URI b) {
        return a.normalize().toString().replaceFirst("/+$", "").equalsIgnoreCase(b.normalize().toString().replaceFirst("/+$", ""));
    }

    /** Parses each key once; a key that is unusable (not RSA, shorter than 2048 bits, unreadable) is a finding. */
    private static Map<String, Key> keys(Resources production, List<Finding> findings) {
        Map<String, Key> keys = new LinkedHashMap<>();
        List<String> sizes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        parse("dstore.publicKey", production.dstore().publicKey(), false, keys, sizes, problems);
        parse("pos.privateKey", production.pos().privateKey(), true, keys, sizes, problems);
        parse("pos.publicKey", production.pos().publicKey(), false, keys, sizes, problems);
        findings.add(problems.isEmpty()
                ? Finding.pass("rsa-key-size", "every key is RSA of at least " + RsaKeys.MIN_BITS + " bits ("
                        + String.join(", ", sizes) + ")")
                : Finding.fail("rsa-key-size", String.join("; ", problems)));
        return keys;
    }

    private static void parse(String field, String value, boolean privateKey, Map<String, Key> keys, List<String> sizes,
                              List<String> problems) {
        try {
            Key key = privateKey ? RsaKeys.privateKey(value, field) : RsaKeys.publicKey(value, field);
            keys.put(field, key);
            sizes.add(field + " " + ((RSAKey) key).getModulus().bitLength() + " bits");
        } catch (InvalidKeyException e) {
            problems.add(e.getMessage());
        }
    }

    private static Finding keyPairMatches(Map<String, Key> keys) {
        String check = "key-pair-match";
        if (!(keys.get("pos.privateKey") instanceof PrivateKey privateKey)
                || !(keys.get("pos.publicKey") instanceof PublicKey publicKey)) {
            return Finding.skipped(check, "a POS key is unusable (see rsa-key-size)");
        }
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            if (verifier.verify(signature)) {
                return Finding.pass(check, "a signature made with pos.privateKey verifies with pos.publicKey");
            }
        } catch (GeneralSecurityException e) {
            return Finding.fail(check, "signing with pos.privateKey failed (" + e.getClass().getSimpleName() + ")");
        }
        return Finding.fail(check, "a signature made with pos.privateKey does not verify with pos.publicKey: D-Store,"
                + " holding that public key, would refuse every call and answer the POS signs");
    }

    private static List<Finding> sandboxValues(Resources production, Resources sandbox, Map<String, Key> keys) {
        String check = "sandbox-values";
        if (sandbox == null) {
            return List.of(Finding.skipped(check, "no --sandbox file to compare the Client-Id, account and keys with"));
        }
        List<String> same = new ArrayList<>();
        compare("dstore.clientId", production, sandbox, r -> r.dstore().clientId(), same);
        compare("dstore.gatewayEndpoint", production, sandbox, r -> r.dstore().gatewayEndpoint().toString(), same);
        compare("pos.posAccountId", production, sandbox, r -> r.pos().posAccountId(), same);
        sameKey("dstore.publicKey", keys, sandbox.dstore().publicKey(), false, same);
        sameKey("pos.privateKey", keys, sandbox.pos().privateKey(), true, same);
        sameKey("pos.publicKey", keys, sandbox.pos().publicKey(), false, same);
        if (same.isEmpty()) {
            return List.of(Finding.pass(check, "no Client-Id, account, D-Store endpoint or key equals the sandbox's"));
        }
        return same.stream().map(field -> Finding.fail(check, field + " equals the sandbox file's: sandbox resources"
                + " do not work in production; replace it with the production value")).toList();
    }

    private static void compare(String field, Resources production, Resources sandbox, Function<Resources, String> value,
                                List<String> same) {
        if (Objects.equals(value.apply(production), value.apply(sandbox))) {
            same.add(field);
        }
    }

    private static void sameKey(String field, Map<String, Key> keys, String sandboxValue, boolean privateKey,
                                List<String> same) {
        Key key = keys.get(field);
        if (key == null) {
            return;
        }
        try {
            Key sandboxKey = privateKey ? RsaKeys.privateKey(sandboxValue, field) : RsaKeys.publicKey(sandboxValue, field);
            if (Arrays.equals(key.getEncoded(), sandboxKey.getEncoded())) {
                same.add(field);
            }
        } catch (InvalidKeyException e) {
            // an unusable sandbox key cannot be the production key
        }
    }

    private static List<Finding> markers(Resources production) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dstore.gatewayEndpoint", production.dstore().gatewayEndpoint().getHost());
        values.put("dstore.clientId", production.dstore().clientId());
        values.put("dstore.publicKey", keyName(production.dstore().publicKey()));
        values.put("pos.gatewayEndpoint", production.pos().gatewayEndpoint().getHost());
        values.put("pos.privateKey", keyName(production.pos().privateKey()));
        values.put("pos.publicKey", keyName(production.pos().publicKey()));
        values.put("pos.posAccountId", production.pos().posAccountId());
        List<Finding> findings = new ArrayList<>();
        values.forEach((field, value) -> {
            SandboxMarkers.find(value).ifPresent(marker -> findings.add(Finding.fail("sandbox-marker", field + " ("
                    + value + ") is marked " + marker + ": a sandbox or test value, not a production one")));
        });
        return findings.isEmpty() ? List.of(Finding.pass("sandbox-marker", "no value or key file name is marked"
                + " SANDBOX or TEST")) : findings;
    }

    /** A key's file name, which can carry the marker (TEST-ONLY-pos-private.pem); inline keys have none. */
    private static String keyName(String value) {
        if (value == null || value.contains("-----BEGIN") || value.indexOf('.') < 0) {
            return null;
        }
        return value.substring(value.lastIndexOf('/') + 1);
    }
}

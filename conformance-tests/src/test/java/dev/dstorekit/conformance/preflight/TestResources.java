package dev.dstorekit.conformance.preflight;

import dev.dstorekit.testsupport.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes resources files for tests: a consistent environment with generated keys, and any field changed. */
final class TestResources {

    static final KeyPair SANDBOX_DSTORE = TestKeys.generate();
    static final KeyPair SANDBOX_POS = TestKeys.generate();
    static final KeyPair PRODUCTION_DSTORE = TestKeys.generate();
    static final KeyPair PRODUCTION_POS = TestKeys.generate();

    private final Map<String, String> fields = new LinkedHashMap<>();

    private TestResources() {
    }

    static TestResources sandbox() {
        return new TestResources()
                .with("environment", "sandbox")
                .with("dstore.gatewayEndpoint", "https://open-sea.sandbox.example.com")
                .with("dstore.clientId", "SANDBOX_5Y0X2F")
                .with("dstore.publicKey", publicBase64(SANDBOX_DSTORE))
                .with("pos.gatewayEndpoint", "https://pos-staging.example.com/dstore")
                .with("pos.privateKey", privateBase64(SANDBOX_POS))
                .with("pos.publicKey", publicBase64(SANDBOX_POS))
                .with("pos.posAccountId", "ACC-SBX-1")
                .with("pos.posStoreId", "STORE-1");
    }

    static TestResources production() {
        return new TestResources()
                .with("environment", "production")
                .with("dstore.gatewayEndpoint", "https://open-na.example.com")
                .with("dstore.clientId", "5J5Y3N2F")
                .with("dstore.publicKey", publicBase64(PRODUCTION_DSTORE))
                .with("pos.gatewayEndpoint", "https://pos.example.com/dstore")
                .with("pos.privateKey", privateBase64(PRODUCTION_POS))
                .with("pos.publicKey", publicBase64(PRODUCTION_POS))
                .with("pos.posAccountId", "ACC-1")
                .with("pos.posStoreId", "STORE-1");
    }

    /** Sets (or with {@code null} removes) a dotted field. */
    TestResources with(String field, String value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return this;
    }

    Path write(Path file) {
        StringBuilder yaml = new StringBuilder();
        fields.forEach((field, value) -> {
            if (!field.contains(".")) {
                yaml.append(field).append(": \"").append(value).append("\"\n");
            }
        });
        for (String side : new String[] {"dstore", "pos"}) {
            yaml.append(side).append(":\n");
            fields.forEach((field, value) -> {
                if (field.startsWith(side + ".")) {
                    yaml.append("  ").append(field.substring(side.length() + 1)).append(": \"").append(value).append("\"\n");
                }
            });
        }
        try {
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String publicBase64(KeyPair pair) {
        return TestKeys.base64(pair.getPublic());
    }

    static String privateBase64(KeyPair pair) {
        return TestKeys.base64(pair.getPrivate());
    }
}

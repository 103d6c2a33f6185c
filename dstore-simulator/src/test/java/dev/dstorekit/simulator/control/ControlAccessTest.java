package dev.dstorekit.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.support.TestSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.dstorekit.testsupport.Addresses.externalAddress;
import static dev.dstorekit.testsupport.Addresses.reachable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator listens on loopback unless told otherwise; its control API (which makes it send orders signed with
 * D-Store's key) needs a bearer token whenever other hosts can reach it, or a token is configured.
 */
class ControlAccessTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String CONFIGURED = "test-only-control-token-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void withoutAConfiguredAddressOnlyThisMachineCanConnectAndTheControlApiIsOpenToIt() throws Exception {
        InetAddress external = externalAddress();

        try (ApplicationContext context = start(Map.of())) {
            int port = port(context);

            assertFalse(reachable(external, port), "reachable through " + external.getHostAddress());
            assertEquals(200, get(URI.create("http://127.0.0.1:" + port + "/control/scenarios"), null).statusCode());
            assertTrue(context.getBean(ControlAccess.class).description().startsWith("control API: open to this machine only"));
        }
        assertFalse(Files.exists(dir.resolve("token")), "no token is generated on loopback");
    }

    @Test
    void beyondLoopbackTheControlApiNeedsTheTokenWrittenOwnerOnlyAtStartUp() throws Exception {
        InetAddress external = externalAddress();
        Path tokenFile = dir.resolve("token");

        try (ApplicationContext context = start(Map.of("micronaut.server.host", "0.0.0.0"))) {
            URI base = URI.create("http://" + external.getHostAddress() + ":" + port(context));
            String token = Files.readString(tokenFile).strip();

            HttpResponse<String> none = get(base.resolve("/control/orders"), null);
            HttpResponse<String> wrong = get(base.resolve("/control/orders"), "Bearer " + CONFIGURED);
            HttpResponse<String> right = get(base.resolve("/control/orders"), "Bearer " + token);

            assertEquals(401, none.statusCode());
            assertEquals(Optional.of("Bearer"), none.headers().firstValue("WWW-Authenticate"));
            assertTrue(message(none).startsWith("the control API needs Authorization: Bearer <token>"), none.body());
            assertFalse(none.body().contains(tokenFile.toString()), "the file is shown to the operator, not to callers");
            assertEquals(401, wrong.statusCode());
            assertTrue(message(wrong).startsWith("the bearer token is not this simulator's control token"), wrong.body());
            assertEquals(200, right.statusCode(), right.body());
            assertEquals(200, get(base.resolve("/health"), null).statusCode(), "health stays open");
            assertEquals(43, token.length());
            assertTrue(context.getBean(ControlAccess.class).description().contains("the token is in " + tokenFile),
                    context.getBean(ControlAccess.class).description());
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
            }
        }
    }

    @Test
    void aConfiguredTokenIsRequiredOnLoopbackTooAndNeverWrittenDown() throws Exception {
        try (ApplicationContext context = start(Map.of("simulator.control-token", CONFIGURED))) {
            URI scenarios = URI.create("http://127.0.0.1:" + port(context) + "/control/scenarios");

            assertEquals(401, get(scenarios, null).statusCode());
            assertEquals(200, get(scenarios, "Bearer " + CONFIGURED).statusCode());
            assertEquals(200, get(scenarios, "bearer  " + CONFIGURED + " ").statusCode());
        }
        assertFalse(Files.exists(dir.resolve("token")));
    }

    @Test
    void aShortTokenOrAnUnwritableTokenFileStopsStartUpNamingTheKey() {
        Exception shortToken = assertThrows(Exception.class, () -> start(Map.of("simulator.control-token", "password")).close());
        Exception unwritable = assertThrows(Exception.class, () -> start(Map.of("micronaut.server.host", "0.0.0.0",
                "simulator.control-token-file", dir.resolve("no/such/dir/token").toString())).close());

        assertTrue(messages(shortToken).contains("simulator.control-token: shorter than 32 characters"), messages(shortToken));
        assertFalse(messages(shortToken).contains("password"));
        assertTrue(messages(unwritable).contains("simulator.control-token-file: cannot write the generated control token"),
                messages(unwritable));
    }

    @Test
    void onlyAHostWhoseEveryAddressIsLoopbackCountsAsLoopback() {
        assertTrue(ControlAccess.loopback("127.0.0.1"));
        assertTrue(ControlAccess.loopback("localhost"));
        assertTrue(ControlAccess.loopback("::1"));
        assertFalse(ControlAccess.loopback("0.0.0.0"));
        assertFalse(ControlAccess.loopback("::"));
        assertFalse(ControlAccess.loopback(""));
        assertFalse(ControlAccess.loopback("192.0.2.10"));
        assertFalse(ControlAccess.loopback("no-such-host.invalid"));
    }

    /** A serving simulator as the serve command starts it: the access rules first, then the server. */
    private ApplicationContext start(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("simulator.control-token-file", dir.resolve("token").toString());
        properties.putAll(extra);
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        try {
            context.getBean(ControlAccess.class);
            context.getBean(EmbeddedServer.class).start();
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static int port(ApplicationContext context) {
        return context.getBean(EmbeddedServer.class).getPort();
    }

    private static HttpResponse<String> get(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String message(HttpResponse<String> response) throws IOException {
        JsonNode body = new ObjectMapper().readTree(response.body());
        return body.path("message").asText();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" <- ");
        }
        return all.toString();
    }
}

package dev.dstorekit.simulator.support;

import dev.dstorekit.testsupport.TestKeys;
import org.junit.jupiter.api.Assumptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference POS server (module pos-server) in its own JVM, from its runnable jar, on its embedded database in a
 * temporary directory, configured with the test keys and calling the simulator at {@code simulatorUrl}. Its own
 * process keeps its beans and the simulator's apart.
 */
public final class ReferencePosServer implements AutoCloseable {

    public static final String JAR_PROPERTY = "dstore.reference-pos-server.jar";
    /** Runs these tests against another build of pos-server, e.g. one not installed in the local repository yet. */
    public static final String JAR_ENV = "DSTORE_REFERENCE_POS_SERVER_JAR";
    public static final String ACCOUNT = "REF-ACC-1";
    public static final String AUTO_STORE = "REF-AUTO-1";
    public static final String MANUAL_STORE = "REF-MANUAL-1";
    public static final String API_TOKEN = "test-only-merchant-token-0123456789abcdef";

    private final Process process;
    private final URI uri;
    private final Path log;

    private ReferencePosServer(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /** The jar Maven resolved for this test run (or the one {@value #JAR_ENV} names), if it is a runnable jar. */
    public static Optional<Path> jar() {
        String override = System.getenv(JAR_ENV);
        String path = override != null && !override.isBlank() ? override : System.getProperty(JAR_PROPERTY);
        if (path == null || path.isBlank() || path.startsWith("${")) {
            return Optional.empty();
        }
        Path jar = Path.of(path);
        return Files.isRegularFile(jar) && jar.toString().endsWith(".jar") ? Optional.of(jar) : Optional.empty();
    }

    public static ReferencePosServer start(Path jar, URI simulatorUrl) throws IOException, InterruptedException {
        return start(jar, simulatorUrl, Map.of());
    }

    /** @param extraEnv more configuration, e.g. {@code POS_OUTBOX_POLL_INTERVAL} */
    public static ReferencePosServer start(Path jar, URI simulatorUrl, Map<String, String> extraEnv) throws IOException, InterruptedException {
        int port = freePort();
        Path data = Files.createTempDirectory("reference-pos-server");
        Path log = Path.of("target", "reference-pos-server-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("MICRONAUT_") || name.startsWith("DATASOURCES_")
                || name.startsWith("POS_") || name.startsWith("DSTORE_"));
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("POS_DATA_DIR", data.toString());
        env.put("DSTORE_CLIENT_ID", TestSignature.CLIENT_ID);
        env.put("DSTORE_PUBLIC_KEY", TestKeys.base64(TestKeys.DSTORE.getPublic()));
        env.put("POS_PRIVATE_KEY", TestKeys.base64(TestKeys.POS.getPrivate()));
        env.put("DSTORE_GATEWAY_URL", simulatorUrl.toString());
        env.put("DSTORE_PDS_GATEWAY_URL", simulatorUrl.toString());
        env.put("POS_MERCHANTS_0__POS_ACCOUNT_ID", ACCOUNT);
        env.put("POS_MERCHANTS_0__API_TOKEN", API_TOKEN);
        env.put("POS_MERCHANTS_0__STORES_0__POS_STORE_ID", AUTO_STORE);
        env.put("POS_MERCHANTS_0__STORES_0__AUTO_ACCEPT", "true");
        env.put("POS_MERCHANTS_0__STORES_1__POS_STORE_ID", MANUAL_STORE);
        env.put("POS_MERCHANTS_0__STORES_1__AUTO_ACCEPT", "false");
        env.putAll(extraEnv);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        ReferencePosServer server = new ReferencePosServer(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        server.awaitHealthy(Duration.ofSeconds(90));
        return server;
    }

    public URI uri() {
        return uri;
    }

    private void awaitHealthy(Duration wait) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the reference POS server stopped at start-up; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the reference POS server was not healthy within " + wait.toSeconds() + " s; see " + log + ":\n" + tail());
    }

    private String tail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() <= 3000 ? text : text.substring(text.length() - 3000);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * Starts the reference POS server for a test class whose simulator will listen on {@code simulatorPort} on loopback,
     * or skips the class when the jar is not resolved (outside Maven).
     */
    public static ReferencePosServer startOrSkip(int simulatorPort, Map<String, String> extraEnv) {
        Path jar = jar().orElse(null);
        Assumptions.assumeTrue(jar != null, "the reference POS server's jar is not resolved (run through Maven: mvn verify)");
        try {
            return start(jar, URI.create("http://127.0.0.1:" + simulatorPort), extraEnv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}

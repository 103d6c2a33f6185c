package dev.dstorekit.pos.support;

import dev.dstorekit.pos.Application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pos-server as an operating-system process of its own (this JVM's class path, main class {@link Application}),
 * configured like {@link PosServer#baseProperties()} on the embedded default in {@code dataDir}: for what an
 * in-process server cannot show, a {@code kill -9} in the middle of its work.
 */
public final class PosServerProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Server Running: (http://\\S+)");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    private final URI url;

    private PosServerProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the server and waits until it serves. Its output goes to {@code pos-server-N.log} beside {@code dataDir}.
     *
     * @param extra properties on top of the base ones (e.g. another datasources.default.url)
     */
    public static PosServerProcess start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>(PosServer.baseProperties());
        properties.put("pos.data-dir", dataDir.toString());
        properties.putAll(extra);
        try {
            Path config = Files.createTempFile(dataDir.getParent(), "pos-server-", ".properties");
            write(properties, config);
            Path log = Path.of(config.toString().replace(".properties", ".log"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-Dmicronaut.config.files=" + config, Application.class.getName()))
                    .redirectErrorStream(true)
                    .start();
            return new PosServerProcess(process, awaitUrl(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Map<String, Object> properties, Path file) throws IOException {
        Properties text = new Properties();
        properties.forEach((key, value) -> text.setProperty(key, String.valueOf(value)));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            text.store(out, "pos-server started by a test");
        }
    }

    /** Copies the output to the log and completes with the URL from Micronaut's "Server Running" line. */
    private static URI awaitUrl(Process process, Path log) {
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    file.write(line + "\n");
                    file.flush();
                    Matcher running = RUNNING.matcher(line);
                    if (running.find()) {
                        url.complete(URI.create(running.group(1)));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("pos-server ended before it served; see " + log));
        }, "pos-server-output");
        copier.setDaemon(true);
        copier.start();
        try {
            return url.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("pos-server did not start; see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    public DStore dstore() {
        return new DStore(url);
    }

    /**
     * {@code kill -9}: the JDK sends SIGKILL for {@link Process#destroyForcibly()} on Linux and macOS; the exit code
     * (128 + 9) shows that the process died of that signal and did not shut down.
     *
     * @return the exit code
     */
    public int kill() {
        process.destroyForcibly();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A normal shutdown (SIGTERM), as an operator's stop. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}

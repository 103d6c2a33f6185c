package dev.dstorekit.conformance.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.spec.ApiSpec;
import dev.dstorekit.signature.PayloadSigner;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.SignatureVerifier;
import dev.dstorekit.signature.Verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A small D-Store stand-in the POS under test may call during the run (syncProduct, notifyOrderChange,
 * syncStore). It records every call as received, checks it like D-Store would (Client-Id, Request-Time,
 * signature over the raw bytes, request schema) and answers signed with D-Store's key. To see whether the POS
 * retries correctly, the first valid call of each operation is answered {@code U/UNKNOWN_EXCEPTION}; later calls
 * get {@code S/SUCCESS}, and a requestId already answered finally gets that same answer again.
 */
public final class EmbeddedDStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final Clock SINGAPORE = Clock.system(ZoneOffset.ofHours(8));

    private final HttpServer server;
    private final ExecutorService executor;
    private final String clientId;
    private final PayloadSigner signer;
    private final SignatureVerifier verifier;
    private final ApiSpec spec;
    private final List<ReceivedCall> received = new ArrayList<>();
    private final Set<Operation> answeredUnknown = EnumSet.noneOf(Operation.class);
    private final Map<String, byte[]> finalAnswers = new HashMap<>();

    private EmbeddedDStore(HttpServer server, String clientId, PayloadSigner signer, SignatureVerifier verifier, ApiSpec spec) {
        this.server = server;
        this.clientId = clientId;
        this.signer = signer;
        this.verifier = verifier;
        this.spec = spec;
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "embedded-dstore");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts on {@code port} (0: any free port), on all interfaces so a POS in a container can reach it.
     *
     * @param signer   signs the answers with D-Store's private key
     * @param verifier checks the POS's calls with the POS's public key
     */
    public static EmbeddedDStore start(int port, String clientId, PayloadSigner signer, SignatureVerifier verifier, ApiSpec spec) {
        try {
            EmbeddedDStore dstore = new EmbeddedDStore(HttpServer.create(new InetSocketAddress(port), 0), clientId,
                    signer, verifier, spec);
            dstore.server.start();
            return dstore;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded D-Store endpoint on port " + port, e);
        }
    }

    /** The URL to configure as the POS's D-Store gateway URL. */
    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public synchronized List<ReceivedCall> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code condition} holds for the calls received so far, or {@code timeout} passes. */
    public boolean await(Predicate<List<ReceivedCall>> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (this) {
            while (!condition.test(List.copyOf(received))) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Waits until no call has arrived for {@code quiet} (the POS seems done for now), at most {@code timeout}.
     *
     * @return the calls received so far
     */
    public List<ReceivedCall> awaitQuiet(Duration quiet, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (this) {
            while (true) {
                Instant last = received.isEmpty() ? Instant.EPOCH : received.get(received.size() - 1).receivedAt();
                Instant now = Instant.now();
                Instant quietUntil = last.plus(quiet);
                if (!now.isBefore(quietUntil) && !received.isEmpty() || !now.isBefore(deadline)) {
                    return List.copyOf(received);
                }
                long sleep = Math.max(1, Math.min(Duration.between(now, deadline).toMillis(),
                        received.isEmpty() ? 100 : Duration.between(now, quietUntil).toMillis()));
                try {
                    wait(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.copyOf(received);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            String signedUri = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            byte[] answer = answer(exchange.getRequestMethod(), uri.getRawPath(), signedUri, headers, body);
            String time = RequestTimes.now(SINGAPORE);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.getResponseHeaders().add("Client-Id", clientId);
            exchange.getResponseHeaders().add("Response-Time", time);
            exchange.getResponseHeaders().add("Signature", signer.sign("POST", signedUri, clientId, time, answer));
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private byte[] answer(String method, String path, String signedUri, Map<String, String> headers, byte[] body) {
        Operation operation = Operation.ofPath(path).filter(op -> !op.servedByPos()).orElse(null);
        JsonNode json = parse(body);
        String clientIdHeader = headers.get("client-id");
        String time = headers.get("request-time");
        Verification verification = verifier.verify("POST", signedUri, clientIdHeader, time, body, headers.get("signature"));
        String signingProblem = signingProblem(clientIdHeader, time, verification);
        List<String> schemaProblems = operation == null ? List.of()
                : json == null ? List.of("body is not a JSON object") : spec.validate(operation.requestSchema(), json);
        String status;
        String code;
        String message;
        byte[] answer = null;
        synchronized (this) {
            String requestId = json != null && json.path("requestId").isTextual() ? json.path("requestId").asText() : null;
            String key = operation + " " + requestId;
            if (!"POST".equals(method) || operation == null) {
                status = "F"; code = "INVALID_API"; message = "no such API: " + method + " " + path;
            } else if (signingProblem != null) {
                status = "F"; code = "INVALID_SIGNATURE"; message = signingProblem;
            } else if (!schemaProblems.isEmpty()) {
                status = "F"; code = "PARAM_ILLEGAL"; message = schemaProblems.get(0);
            } else if (finalAnswers.containsKey(key)) {
                answer = finalAnswers.get(key);
                status = "S"; code = "SUCCESS"; message = null;
            } else if (answeredUnknown.add(operation)) {
                status = "U"; code = "UNKNOWN_EXCEPTION"; message = "Conformance suite: retry with the same requestId";
            } else {
                status = "S"; code = "SUCCESS"; message = "success";
            }
            if (answer == null) {
                answer = result(status, code, message);
                if (!status.equals("U") && operation != null && requestId != null && signingProblem == null) {
                    finalAnswers.put(key, answer);
                }
            } else {
                JsonNode replayed = parse(answer);
                status = replayed.path("result").path("resultStatus").asText();
                code = replayed.path("result").path("resultCode").asText();
            }
            if ("POST".equals(method)) { // a GET (a browser, a health probe) is nobody's API call
                received.add(new ReceivedCall(path, operation, Map.copyOf(headers), body, json, Instant.now(), verification,
                        signingProblem, schemaProblems, status, code));
            }
            notifyAll();
        }
        return answer;
    }

    private String signingProblem(String clientIdHeader, String time, Verification verification) {
        if (clientIdHeader == null || clientIdHeader.isBlank()) {
            return "Client-Id header missing";
        }
        if (!clientId.equals(clientIdHeader)) {
            return "Client-Id '" + clientIdHeader + "' is not the configured '" + clientId + "'";
        }
        if (time == null || time.isBlank()) {
            return "Request-Time header missing";
        }
        if (!RequestTimes.withinTolerance(time, Instant.now(), TOLERANCE)) {
            return "Request-Time '" + time + "' unparsable or more than 300 s from now";
        }
        if (!verification.valid()) {
            return "signature: " + verification.failure() + " (" + verification.detail() + ")";
        }
        return null;
    }

    private static byte[] result(String status, String code, String message) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resultStatus", status);
        result.put("resultCode", code);
        if (message != null) {
            result.put("resultMessage", message);
        }
        try {
            return JSON.writeValueAsBytes(Map.of("result", result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.dstorekit.simulator.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merchant driven by an "HTTP script": a YAML file mapping each action to one templated HTTP request, typically
 * against the POS's own merchant API. {@code {name}} placeholders are filled from the script's
 * {@code variables}, the {@code accounts.<posAccountId>} block of the order's account (e.g. its API token), and the
 * action's variables; values are URL-encoded in the URL and JSON-escaped in the body. A 2xx answer counts as done.
 * <pre>
 * variables: {base: http://localhost:8080}
 * accounts: {ACC-1: {token: secret-1}}
 * actions:
 *   status:
 *     method: POST
 *     url: "{base}/merchant/v1/orders/{posOrderId}/status"
 *     headers: {Authorization: "Bearer {token}"}
 *     body: '{"status":"{status}"}'
 * </pre>
 */
public final class HttpScriptMerchantDriver implements MerchantDriver {

    /** One action: the request to send. */
    record Action(String method, String url, Map<String, String> headers, String body) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    private final Map<String, String> variables;
    private final Map<String, Map<String, String>> accounts;
    private final Map<String, Action> actions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpScriptMerchantDriver(Map<String, String> variables, Map<String, Map<String, String>> accounts, Map<String, Action> actions) {
        this.variables = Map.copyOf(variables);
        this.accounts = Map.copyOf(accounts);
        this.actions = Map.copyOf(actions);
    }

    /** Reads a script; problems name the file. */
    public static HttpScriptMerchantDriver load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the merchant driver script (" + e.getMessage() + ")");
        }
    }

    public static HttpScriptMerchantDriver load(InputStream in, String source) {
        try {
            return parse(YAML.readTree(in), source);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not a YAML merchant driver script (" + e.getMessage() + ")");
        }
    }

    /** The same script with some variables replaced (configuration wins over the file). */
    public HttpScriptMerchantDriver withVariables(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new HashMap<>(variables);
        merged.putAll(overrides);
        return new HttpScriptMerchantDriver(merged, accounts, actions);
    }

    static HttpScriptMerchantDriver parse(JsonNode root, String source) {
        if (root == null || !root.path("actions").isObject() || root.path("actions").isEmpty()) {
            throw new IllegalArgumentException(source + ": a merchant driver script needs actions (status, refund, delivery-status, …)");
        }
        Map<String, String> variables = strings(root.path("variables"));
        Map<String, Map<String, String>> accounts = new HashMap<>();
        root.path("accounts").fields().forEachRemaining(e -> accounts.put(e.getKey(), strings(e.getValue())));
        Map<String, Action> actions = new LinkedHashMap<>();
        root.path("actions").fields().forEachRemaining(e -> {
            JsonNode node = e.getValue();
            String url = node.path("url").asText("");
            if (url.isBlank()) {
                throw new IllegalArgumentException(source + ": actions." + e.getKey() + ".url is required");
            }
            actions.put(e.getKey(), new Action(node.path("method").asText("POST"), url, strings(node.path("headers")),
                    node.hasNonNull("body") ? node.get("body").asText() : null));
        });
        return new HttpScriptMerchantDriver(variables, accounts, actions);
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public Result perform(String name, Map<String, String> actionVariables) {
        Action action = actions.get(name);
        if (action == null) {
            return new Result(false, true, "the merchant driver script has no action '" + name + "'");
        }
        Map<String, String> all = new HashMap<>(variables);
        all.putAll(accounts.getOrDefault(actionVariables.getOrDefault("posAccountId", ""), Map.of()));
        all.putAll(actionVariables);
        try {
            String url = fill(action.url(), all, value -> URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"), true);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15));
            boolean contentType = false;
            for (Map.Entry<String, String> header : action.headers().entrySet()) {
                request.header(header.getKey(), fill(header.getValue(), all, UnaryOperator.identity(), false));
                contentType |= header.getKey().equalsIgnoreCase("Content-Type");
            }
            if (action.body() != null && !contentType) {
                request.header("Content-Type", "application/json");
            }
            HttpRequest.BodyPublisher body = action.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(fill(action.body(), all, HttpScriptMerchantDriver::jsonEscape, false));
            HttpResponse<String> response = http.send(request.method(action.method(), body).build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            String text = response.body() == null ? "" : response.body().strip();
            return new Result(true, ok, action.method() + " " + URI.create(url).getPath() + " → HTTP " + response.statusCode()
                    + (ok ? "" : " " + text.substring(0, Math.min(200, text.length()))));
        } catch (IllegalArgumentException e) {
            return new Result(true, false, e.getMessage());
        } catch (IOException e) {
            return new Result(true, false, "merchant driver call failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(true, false, "interrupted");
        }
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> escape, boolean url) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("merchant driver: no value for {" + matcher.group(1) + "}");
            }
            // a variable that is itself a URL prefix (e.g. {base}) is inserted as it is
            String inserted = url && matcher.start() == 0 ? value : escape.apply(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(inserted));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }
}

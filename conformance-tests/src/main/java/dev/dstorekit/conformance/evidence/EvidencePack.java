package dev.dstorekit.conformance.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.conformance.ConformanceConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the per-case records of a run ({@link CaseEvidence}) into the one-page summary a POS team hands to D-Store's
 * solution architect, in Markdown and HTML: for each API of the integration guide whether it is required, the cases
 * that exercised it and their verdicts, and an API no case exercised graded "not applicable" with the reason rather
 * than left out. The configuration is shown with keys as SHA-256 fingerprints only.
 */
public final class EvidencePack {

    /** The APIs of the integration guide's step 2, in its order, with whether it marks them required. */
    static final Map<String, Boolean> GUIDE_APIS = guideApis();

    private EvidencePack() {
    }

    private static Map<String, Boolean> guideApis() {
        Map<String, Boolean> apis = new LinkedHashMap<>();
        apis.put("syncProduct", true);
        apis.put("createOrder", true);
        apis.put("notifyOrderChange", true);
        apis.put("inquireOrderDetail", true);
        apis.put("pushOrderChange", false);
        apis.put("syncStore", false);
        return apis;
    }

    /** One API's row of the summary. */
    record ApiRow(String api, boolean required, String grade, int passed, int failed, int skipped, List<String> cases) {
    }

    /** Writes summary.md, summary.html and configuration.md next to the cases directory. */
    public static List<ApiRow> write(Path dir, ConformanceConfig config) {
        try {
            List<JsonNode> cases = readCases(dir);
            List<ApiRow> rows = rows(cases);
            String configuration = configuration(config);
            Files.writeString(dir.resolve("configuration.md"), configuration, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.md"), markdown(rows, cases, configuration), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.html"), html(rows, cases, config), StandardCharsets.UTF_8);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> readCases(Path dir) throws IOException {
        Path casesDir = dir.resolve(CaseEvidence.CASES);
        if (!Files.isDirectory(casesDir)) {
            return List.of();
        }
        List<JsonNode> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(casesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(CaseEvidence.JSON.readTree(file.toFile()));
            }
        }
        return cases;
    }

    static List<ApiRow> rows(List<JsonNode> cases) {
        List<ApiRow> rows = new ArrayList<>();
        GUIDE_APIS.forEach((api, required) -> {
            List<JsonNode> exercising = cases.stream().filter(c -> exercises(c, api)).toList();
            int passed = count(exercising, "PASSED");
            int failed = count(exercising, "FAILED");
            int skipped = count(exercising, "SKIPPED");
            String grade;
            if (exercising.isEmpty()) {
                grade = required ? "NOT EXERCISED (required: no case of this run called it)"
                        : "NOT APPLICABLE (no " + api + " was exchanged in this run: this POS does not use it)";
            } else if (failed > 0) {
                grade = "FAILED";
            } else if (passed > 0) {
                grade = "PASSED";
            } else {
                grade = "NOT APPLICABLE (every case that would exercise it was skipped)";
            }
            rows.add(new ApiRow(api, required, grade, passed, failed, skipped,
                    exercising.stream().map(c -> c.path("case").asText()).toList()));
        });
        return rows;
    }

    private static boolean exercises(JsonNode caseRecord, String api) {
        for (String direction : List.of("callsToPos", "callsFromPos")) {
            for (JsonNode call : caseRecord.path(direction)) {
                if (api.equals(call.path("operation").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(List<JsonNode> cases, String verdict) {
        return (int) cases.stream().filter(c -> verdict.equals(c.path("verdict").asText())).count();
    }

    private static String configuration(ConformanceConfig config) {
        return "# Configuration of the run\n\n"
                + "| setting | value |\n|---|---|\n"
                + "| target (POS gateway endpoint) | " + config.target() + " |\n"
                + "| Client-Id | " + config.clientId() + " |\n"
                + "| posAccountId | " + config.posAccountId() + " |\n"
                + "| posStoreId | " + config.posStoreId() + " |\n"
                + "| POS public key | SHA-256 " + fingerprint(config.posPublicKey()) + " |\n"
                + "| D-Store key the suite signs with (its public half) | SHA-256 "
                + fingerprint(publicHalf(config.dstorePrivateKey())) + " |\n"
                + "| seed of the generated requests | " + config.generator().seed() + " |\n";
    }

    private static String markdown(List<ApiRow> rows, List<JsonNode> cases, String configuration) {
        StringBuilder md = new StringBuilder("# D-Store acceptance evidence\n\n");
        md.append("| API | required by the guide | grade | cases passed / failed / skipped |\n|---|---|---|---|\n");
        for (ApiRow row : rows) {
            md.append("| ").append(row.api()).append(" | ").append(row.required() ? "yes" : "no").append(" | ")
                    .append(row.grade()).append(" | ").append(row.passed()).append(" / ").append(row.failed())
                    .append(" / ").append(row.skipped()).append(" |\n");
        }
        md.append("\n## Cases\n\n| case | verdict | calls to the POS | calls from the POS | record |\n|---|---|---|---|---|\n");
        for (JsonNode c : cases) {
            md.append("| ").append(c.path("case").asText()).append(" | ").append(c.path("verdict").asText()).append(" | ")
                    .append(c.path("callsToPos").size()).append(" | ").append(c.path("callsFromPos").size())
                    .append(" | [").append(c.path("case").asText()).append(".json](cases/").append(c.path("case").asText())
                    .append(".json) |\n");
        }
        md.append("\nEach record holds the exact requests and answers (headers, body as text and base64) with the"
                + " verification of every signature against the public keys below.\n\n");
        md.append(configuration.replaceFirst("^# ", "## "));
        return md.toString();
    }

    private static String html(List<ApiRow> rows, List<JsonNode> cases, ConformanceConfig config) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>D-Store acceptance"
                + " evidence</title></head><body>\n<h1>D-Store acceptance evidence</h1>\n<table border=\"1\">\n"
                + "<tr><th>API</th><th>required by the guide</th><th>grade</th><th>passed / failed / skipped</th></tr>\n");
        for (ApiRow row : rows) {
            html.append("<tr><td>").append(escape(row.api())).append("</td><td>").append(row.required() ? "yes" : "no")
                    .append("</td><td>").append(escape(row.grade())).append("</td><td>").append(row.passed()).append(" / ")
                    .append(row.failed()).append(" / ").append(row.skipped()).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Cases</h2>\n<table border=\"1\">\n<tr><th>case</th><th>verdict</th><th>record</th></tr>\n");
        for (JsonNode c : cases) {
            String name = escape(c.path("case").asText());
            html.append("<tr><td>").append(name).append("</td><td>").append(escape(c.path("verdict").asText()))
                    .append("</td><td><a href=\"cases/").append(name).append(".json\">").append(name).append(".json</a></td></tr>\n");
        }
        html.append("</table>\n<h2>Configuration</h2>\n<p>Target ").append(escape(config.target().toString()))
                .append(", Client-Id ").append(escape(config.clientId())).append(", POS public key SHA-256 ")
                .append(fingerprint(config.posPublicKey())).append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key of an RSA private key (its CRT form carries the public exponent). */
    public static PublicKey publicHalf(PrivateKey privateKey) {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) privateKey;
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

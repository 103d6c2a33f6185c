package dev.dstorekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.SpecItems.Item;
import dev.dstorekit.api.SpecItems.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the specs to their evidence register ({@code evidence.yaml}): {@code x-dstore-evidence: documented} promises
 * that D-Store's documentation says so, and a team that builds on a constraint D-Store never stated rejects real
 * traffic. So every documented item needs a register entry whose quotes are found verbatim in the named source, in
 * the named section, and every claim the item makes (required, each constraint, each enum value, each result code)
 * is either backed by such a quote or listed as inferred with its reason. Inferred items say why in their
 * description; our own API's items are all {@code own}.
 */
final class EvidenceAudit {

    static final Set<String> DSTORE_TAGS = Set.of("documented", "inferred");

    record Counts(int documented, int inferred, int own, int claimsQuoted, int claimsInferred) {
    }

    record Report(List<String> problems, Counts counts) {
    }

    private final JsonNode register;
    private final Map<String, SourceDocument> sources;

    EvidenceAudit(JsonNode register, Map<String, SourceDocument> sources) {
        this.register = register;
        this.sources = sources;
    }

    /** The register at {@code directory/evidence.yaml} with the sources it names, read from the file system. */
    static EvidenceAudit load(Path directory) {
        try {
            JsonNode register = OpenApiDocument.YAML.readTree(directory.resolve("evidence.yaml").toFile());
            Map<String, SourceDocument> sources = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = register.path("sources").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> source = it.next();
                Path file = directory.resolve(source.getValue().path("file").asText());
                sources.put(source.getKey(), SourceDocument.of(Files.readString(file),
                        source.getValue().path("markdown").asBoolean(false)));
            }
            return new EvidenceAudit(register, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audits a D-Store spec against its section of the register. */
    Report auditDStore(String file, JsonNode spec) {
        List<String> problems = new ArrayList<>();
        JsonNode section = register.path("specs").path(file);
        if (section.isMissingNode()) {
            problems.add(file + ": no section in the register");
        }
        Pattern accepted = acceptedTags(section.path("documentedTags"));
        JsonNode entries = section.path("entries");
        List<Item> items = SpecItems.of(spec);
        Set<String> known = new TreeSet<>();
        int documented = 0;
        int inferred = 0;
        int quoted = 0;
        int inferredClaims = 0;
        for (Item item : items) {
            known.add(item.key());
            String where = file + " " + item.key();
            String evidence = item.evidence();
            if (!DSTORE_TAGS.contains(evidence)) {
                problems.add(where + ": x-dstore-evidence must be documented or inferred, is '" + evidence + "'");
                continue;
            }
            if (item.kind() == Kind.PROPERTY) {
                if (evidence.equals("documented")) {
                    documented++;
                } else {
                    inferred++;
                }
            }
            if (item.kind() == Kind.SCHEMA) {
                checkEnumEvidence(where, item, problems);
            }
            if (item.kind() == Kind.OPERATION) {
                checkResultCodeTable(where, item.node(), problems);
            }
            JsonNode entry = entries.path(item.key());
            if (evidence.equals("inferred")) {
                if (!mentionsInference(item.description())) {
                    problems.add(where + ": inferred, but its description does not say why (no \"inferred\")");
                }
                if (!entry.isMissingNode()) {
                    problems.add(where + ": inferred, but the register has an entry for it (documented items only)");
                }
                continue;
            }
            if (entry.isMissingNode()) {
                problems.add(where + ": documented, but the register has no entry (no source quoted)");
                continue;
            }
            int[] tally = checkEntry(where, item, entry, accepted, problems);
            if (item.kind() == Kind.PROPERTY) {
                quoted += tally[0];
                inferredClaims += tally[1];
            }
        }
        for (Iterator<String> names = entries.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(file + " " + name + ": register entry for something the spec does not have");
            }
        }
        return new Report(problems, new Counts(documented, inferred, 0, quoted, inferredClaims));
    }

    /** Audits our own API: every operation, schema and property is {@code own}, and none is in the register. */
    Report auditOwn(String file, JsonNode spec) {
        List<String> problems = new ArrayList<>();
        int own = 0;
        for (Item item : SpecItems.of(spec)) {
            if (!"own".equals(item.evidence())) {
                problems.add(file + " " + item.key() + ": x-dstore-evidence must be own, is '" + item.evidence() + "'");
            } else if (item.kind() == Kind.PROPERTY) {
                own++;
            }
        }
        if (register.path("specs").has(file)) {
            problems.add(file + ": our own API has no D-Store evidence; it must not be in the register");
        }
        return new Report(problems, new Counts(0, 0, own, 0, 0));
    }

    /** {quoted, inferred} claims of one documented item, after checking every quote and every claim. */
    private int[] checkEntry(String where, Item item, JsonNode entry, Pattern accepted, List<String> problems) {
        Set<String> backed = new LinkedHashSet<>();
        for (JsonNode quote : entry.path("quotes")) {
            String source = quote.path("source").asText();
            SourceDocument document = sources.get(source);
            if (document == null) {
                problems.add(where + ": unknown source '" + source + "'");
                continue;
            }
            String problem = document.problemWith(quote.path("quote").asText(), textOrNull(quote.path("section")),
                    register.path("sources").path(source).path("markdown").asBoolean(false) ? accepted : null);
            if (problem != null) {
                problems.add(where + " (" + source + "): " + problem);
                continue;
            }
            for (JsonNode claim : quote.path("backs")) {
                if (!item.claims().contains(claim.asText())) {
                    problems.add(where + ": a quote backs '" + claim.asText() + "', which the item does not claim");
                }
                backed.add(claim.asText());
            }
        }
        Set<String> inferred = new LinkedHashSet<>();
        boolean ownReason = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("inferred").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> claim = it.next();
            String reason = claim.getValue().asText("");
            if (!item.claims().contains(claim.getKey())) {
                problems.add(where + ": inferred '" + claim.getKey() + "', which the item does not claim");
            }
            if (backed.contains(claim.getKey())) {
                problems.add(where + ": '" + claim.getKey() + "' is both quoted and inferred");
            }
            if (reason.isBlank()) {
                problems.add(where + ": inferred '" + claim.getKey() + "' without a reason");
            }
            ownReason |= !register.path("reasons").has(reason);
            inferred.add(claim.getKey());
        }
        String base = switch (item.kind()) {
            case OPERATION -> "operation";
            case SCHEMA -> "schema";
            case PROPERTY -> "property";
        };
        if (!backed.contains(base)) {
            problems.add(where + ": documented, but no quote backs the " + base + " itself");
        }
        for (String claim : item.claims()) {
            if (!backed.contains(claim) && !inferred.contains(claim)) {
                problems.add(where + ": claim '" + claim + "' is neither quoted nor listed as inferred");
            }
        }
        if (ownReason && !mentionsInference(item.description())) {
            problems.add(where + ": some claims are inferred, but its description does not say so (no \"inferred\")");
        }
        int quotedClaims = (int) backed.stream().filter(c -> !c.equals(base)).count();
        return new int[] {quotedClaims, inferred.size()};
    }

    private static void checkEnumEvidence(String where, Item item, List<String> problems) {
        JsonNode values = item.node().path("enum");
        JsonNode evidence = item.node().path("x-dstore-enum-evidence");
        if (!values.isArray()) {
            if (!evidence.isMissingNode()) {
                problems.add(where + ": x-dstore-enum-evidence without an enum");
            }
            return;
        }
        Set<String> listed = new TreeSet<>();
        evidence.fieldNames().forEachRemaining(listed::add);
        Set<String> declared = new TreeSet<>();
        values.forEach(v -> declared.add(v.asText()));
        if (!listed.equals(declared)) {
            problems.add(where + ": x-dstore-enum-evidence must list exactly the values " + declared + ", lists " + listed);
        }
        boolean anyDocumented = false;
        boolean anyInferred = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = evidence.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> value = it.next();
            String tag = value.getValue().asText();
            if (!DSTORE_TAGS.contains(tag)) {
                problems.add(where + ": value " + value.getKey() + " must be documented or inferred, is '" + tag + "'");
            }
            anyDocumented |= tag.equals("documented");
            anyInferred |= tag.equals("inferred");
        }
        if (anyDocumented != item.evidence().equals("documented")) {
            problems.add(where + ": a schema is documented exactly when at least one of its values is");
        }
        if (anyInferred && !mentionsInference(item.description())) {
            problems.add(where + ": some values are inferred, but its description does not say so (no \"inferred\")");
        }
    }

    /** The result-code table in the operation's description must agree with {@code x-dstore-result-codes}. */
    private static void checkResultCodeTable(String where, JsonNode operation, List<String> problems) {
        String description = operation.path("description").asText("");
        for (JsonNode code : operation.path("x-dstore-result-codes")) {
            String name = code.path("code").asText();
            Pattern row = Pattern.compile("\\|\\s*" + code.path("status").asText() + "\\s*\\|\\s*[`*(]*"
                    + Pattern.quote(name) + "[`*)]*\\s*\\|[^|\\n]*\\|\\s*(\\w+)\\s*\\|");
            Matcher matcher = row.matcher(description);
            if (!matcher.find()) {
                problems.add(where + ": result code " + resultName(code) + " is missing from the description's table");
            } else if (!matcher.group(1).equals(code.path("evidence").asText())) {
                problems.add(where + ": result code " + resultName(code) + " is " + code.path("evidence").asText()
                        + " in x-dstore-result-codes but " + matcher.group(1) + " in the description's table");
            }
        }
    }

    private static String resultName(JsonNode code) {
        return code.path("status").asText() + "/" + code.path("code").asText();
    }

    private static Pattern acceptedTags(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(tag -> names.add(Pattern.quote(tag.asText())));
        return Pattern.compile("\\[(" + String.join("|", names) + ")[] ]");
    }

    private static boolean mentionsInference(String description) {
        return description.toLowerCase(Locale.ROOT).contains("inferred");
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}

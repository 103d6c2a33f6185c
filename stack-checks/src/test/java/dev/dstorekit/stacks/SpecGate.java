package dev.dstorekit.stacks;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The specs' compatibility gate: a spec may break what was released only when its major version moves.
 *
 * <p>openapi-diff judges a change from a caller's side: a response that lost a field, a request that needs a new
 * one. Here both sides generate code from the same spec — D-Store and the POS each serve half the operations — so a
 * request that accepts more than before breaks a server's generated reader too (an enum value added, a limit raised,
 * a field no longer required). The gate therefore also compares the other way round and counts the request-side
 * findings of that comparison. openapi-diff does not compare {@code not} rules: {@link NotRules} does.
 */
final class SpecGate {

    /** The verdict on one spec: its versions, what breaks, and the comparison for the changelog. */
    record Verdict(String spec, String releasedVersion, String version, List<String> breaking, ChangedOpenApi diff) {

        boolean majorMoved() {
            return major(version) > major(releasedVersion);
        }

        boolean passes() {
            return compareVersions(version, releasedVersion) >= 0 && (breaking.isEmpty() || majorMoved());
        }

        String summary() {
            if (compareVersions(version, releasedVersion) < 0) {
                return spec + ": version " + version + " is older than the released " + releasedVersion;
            }
            if (breaking.isEmpty()) {
                return spec + ": " + releasedVersion + " → " + version + ", compatible";
            }
            return spec + ": " + releasedVersion + " → " + version + ", " + breaking.size() + " breaking change(s)"
                    + (majorMoved() ? ", allowed: the major version moved" : ", NOT allowed without a new major version");
        }
    }

    private SpecGate() {
    }

    static Verdict check(String spec, Path released, Path current) {
        // parsed once for both comparisons: resolving the merchant spec's references into the others takes seconds
        OpenAPI before = parse(released);
        OpenAPI after = parse(current);
        List<String> notRules = NotRules.changes(before, after);
        ChangedOpenApi forward = OpenApiCompare.fromSpecifications(before, after);
        ChangedOpenApi backward = OpenApiCompare.fromSpecifications(after, before, requestSideOnly());
        Set<String> breaking = new LinkedHashSet<>(Breaks.of(forward, "callers"));
        breaking.addAll(Breaks.of(backward, "servers").stream().map(SpecGate::asForward).toList());
        breaking.addAll(notRules);
        return new Verdict(spec, version(forward.getOldSpecOpenApi()), version(forward.getNewSpecOpenApi()),
                new ArrayList<>(breaking), forward);
    }

    /** The reversed comparison's findings read the right way round: what it calls "decreased" was added. */
    private static String asForward(String finding) {
        return finding.replace("enum values removed", "enum values added")
                .replace("max length lowered", "max length raised")
                .replace("now required", "no longer required");
    }

    private static OpenAPI parse(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
        if (api == null) {
            throw new IllegalArgumentException("cannot read " + spec);
        }
        return AllOfWrappers.unwrap(api);
    }

    private static OpenApiDiffOptions requestSideOnly() {
        OpenApiDiffOptions.Builder options = OpenApiDiffOptions.builder();
        for (BackwardIncompatibleProp prop : BackwardIncompatibleProp.values()) {
            if (!prop.name().startsWith("REQUEST_")) {
                options.configProperty(prop.getPropertyName(), "false");
            }
        }
        return options.build();
    }

    private static String version(OpenAPI api) {
        return api.getInfo() == null || api.getInfo().getVersion() == null ? "0" : api.getInfo().getVersion();
    }

    static int major(String version) {
        return part(version, 0);
    }

    /** Compares dotted versions numerically; "2" equals "2.0.0". */
    static int compareVersions(String a, String b) {
        for (int i = 0; i < 3; i++) {
            int cmp = Integer.compare(part(a, i), part(b, i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private static int part(String version, int index) {
        String[] parts = version.split("[.-]");
        if (index >= parts.length) {
            return 0;
        }
        String digits = parts[index].replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}

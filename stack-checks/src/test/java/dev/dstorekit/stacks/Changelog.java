package dev.dstorekit.stacks;

import dev.dstorekit.stacks.SpecGate.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/** A spec's changelog against its released version, for people: breaking, added, deprecated, then every change. */
final class Changelog {

    private Changelog() {
    }

    static Path write(Verdict verdict, Path dir) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(verdict.spec()).append(": ")
                .append(verdict.releasedVersion()).append(" → ").append(verdict.version()).append("\n\n")
                .append(verdict.summary()).append(".\n");
        section(md, "Breaking", verdict.breaking());
        section(md, "Added", endpoints(verdict.diff().getNewEndpoints()));
        section(md, "Deprecated", endpoints(verdict.diff().getDeprecatedEndpoints()));
        section(md, "Removed", endpoints(verdict.diff().getMissingEndpoints()));
        md.append("\n## Changed (openapi-diff)\n\n").append(openapiDiff(verdict));
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(verdict.spec().replace(".yaml", ".md")), md);
    }

    private static void section(StringBuilder md, String title, List<String> lines) {
        md.append("\n## ").append(title).append("\n\n");
        if (lines.isEmpty()) {
            md.append("Nothing.\n");
        }
        lines.forEach(line -> md.append("- ").append(line).append('\n'));
    }

    private static List<String> endpoints(List<Endpoint> endpoints) {
        return endpoints.stream().map(e -> "`" + e.getMethod() + " " + e.getPathUrl() + "`"
                + (e.getSummary() == null ? "" : " " + e.getSummary())).toList();
    }

    private static String openapiDiff(Verdict verdict) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(verdict.diff(), writer);
        }
        String rendered = out.toString(StandardCharsets.UTF_8);
        return rendered.isBlank() ? "No differences.\n" : rendered;
    }
}

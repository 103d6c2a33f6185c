package dev.dstorekit.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.order.TimelineEntry;
import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run report into a directory: {@code <scenario>.json} (the whole report) and
 * {@code TEST-dstore-simulator-<scenario>.xml} (JUnit XML: one test case per order, each error-level violation a
 * failure with its rule and REFERENCE section, so CI shows them like test results).
 */
@Singleton
public class ReportWriter {

    private static final ObjectMapper PRETTY = new ObjectMapper();

    private final JsonMapper json;

    public ReportWriter(JsonMapper json) {
        this.json = json;
    }

    /** The report as JSON text (indented). */
    public String toJson(RunReport report) {
        try {
            byte[] compact = json.writeValueAsBytes(Argument.of(RunReport.class), report);
            return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(compact));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RunReport fromJson(byte[] bytes) {
        try {
            return json.readValue(bytes, Argument.of(RunReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes both files; returns their paths. */
    public List<Path> write(RunReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            Path jsonFile = directory.resolve(report.scenario() + ".json");
            Files.writeString(jsonFile, toJson(report));
            Path xmlFile = directory.resolve("TEST-dstore-simulator-" + report.scenario() + ".xml");
            try (OutputStream out = Files.newOutputStream(xmlFile)) {
                junit(report, out);
            }
            return List.of(jsonFile, xmlFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static void junit(RunReport report, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        List<Violation> orderless = report.violations().stream().filter(v -> v.requestOrderId() == null).toList();
        int cases = report.orders().size() + 1;
        long failures = report.orders().stream().filter(o -> o.violations().stream().anyMatch(Violation::isError)).count()
                + (orderless.stream().anyMatch(Violation::isError) ? 1 : 0);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "dstore-simulator." + report.scenario());
        xml.writeAttribute("tests", String.valueOf(cases));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", report.error() == null ? "0" : "1");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(Duration.between(report.startedAt(), report.finishedAt())));
        xml.writeAttribute("timestamp", report.startedAt().toString());
        xml.writeCharacters("\n");

        testCase(xml, report.scenario(), "calls outside any order (signatures, catalog, stores)", orderless, report.error(),
                "runId " + report.runId() + ", seed " + report.seed() + ", clock speed " + report.clockSpeed());
        for (OrderReport order : report.orders()) {
            StringBuilder timeline = new StringBuilder();
            for (TimelineEntry entry : order.timeline()) {
                timeline.append(entry.at()).append(' ').append(entry.direction()).append(' ').append(entry.operation())
                        .append(": ").append(entry.summary()).append('\n');
            }
            testCase(xml, report.scenario(), order.requestOrderId() + " " + order.flow() + " (" + order.channel() + " "
                    + order.serviceType() + ") → " + order.outcome(), order.violations(), null, timeline.toString());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private static void testCase(XMLStreamWriter xml, String scenario, String name, List<Violation> violations, String error,
                                 String output) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "dstore-simulator." + scenario);
        xml.writeAttribute("name", name);
        for (Violation violation : violations.stream().filter(Violation::isError).toList()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", violation.kind().name());
            xml.writeAttribute("message", violation.kind() + ": " + violation.details());
            xml.writeCharacters(violation.rule() + " (" + violation.reference() + ")\n" + violation.operation() + " at "
                    + violation.at() + ": " + violation.details());
            xml.writeEndElement();
        }
        if (error != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", error);
            xml.writeEndElement();
        }
        StringBuilder out = new StringBuilder(output);
        for (Violation warning : violations.stream().filter(v -> !v.isError()).toList()) {
            out.append("\nWARNING ").append(warning.kind()).append(": ").append(warning.details())
                    .append(" (").append(warning.reference()).append(')');
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(out.toString());
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
    }
}

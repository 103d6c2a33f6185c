package dev.dstorekit.signature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Re-serializes a JSON body the ways common libraries do (compact, or pretty-printed in a few styles), keeping
 * key order and number text, so the explainer can test whether a body was re-formatted between signing and
 * sending. Streaming jackson-core only, so it runs in the stand-alone CLI.
 */
final class JsonFormatting {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Layouts to try. {@code label} is how the report names the layout. */
    enum Style {
        COMPACT("compact (minified JSON, no whitespace)", () -> null),
        INDENT_2("pretty-printed with 2-space indentation (JSON.stringify(v, null, 2), Gson)",
                () -> new IndentingPrinter("  ")),
        INDENT_4("pretty-printed with 4-space indentation (Python json.dumps(indent=4), JSON.stringify(v, null, 4))",
                () -> new IndentingPrinter("    ")),
        INDENT_TAB("pretty-printed with tab indentation", () -> new IndentingPrinter("\t")),
        JACKSON_DEFAULT("pretty-printed in Jackson's default style (2 spaces, \"key\" : value)",
                () -> new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

        final String label;
        private final Supplier<PrettyPrinter> printer;

        Style(String label, Supplier<PrettyPrinter> printer) {
            this.label = label;
            this.printer = printer;
        }
    }

    private JsonFormatting() {
    }

    /** Whether {@code body} is exactly one JSON value, optionally surrounded by whitespace. */
    static boolean isJson(byte[] body) {
        return problem(body) == null;
    }

    /** Why {@code body} is not one JSON value, or {@code null} if it is. */
    static String problem(byte[] body) {
        if (body.length == 0) {
            return "the body is empty";
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return "the body holds only whitespace";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "there is more content after the first JSON value (at byte "
                        + parser.currentTokenLocation().getByteOffset() + ")";
            }
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return e.getOriginalMessage() + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** {@code body} re-serialized in {@code style}; {@code null} if it is not JSON. */
    static byte[] reformat(byte[] body, Style style) {
        if (!isJson(body)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + body.length / 2);
        try (JsonParser parser = FACTORY.createParser(body);
             JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            PrettyPrinter printer = style.printer.get();
            if (printer != null) {
                generator.setPrettyPrinter(printer);
            }
            copy(parser, generator);
        } catch (IOException e) {
            return null;
        }
        return out.toByteArray();
    }

    private static void copy(JsonParser parser, JsonGenerator generator) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case START_OBJECT -> generator.writeStartObject();
                case END_OBJECT -> generator.writeEndObject();
                case START_ARRAY -> generator.writeStartArray();
                case END_ARRAY -> generator.writeEndArray();
                case FIELD_NAME -> generator.writeFieldName(parser.currentName());
                case VALUE_STRING -> generator.writeString(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText()); // keep 1.50 as 1.50
                case VALUE_TRUE -> generator.writeBoolean(true);
                case VALUE_FALSE -> generator.writeBoolean(false);
                case VALUE_NULL -> generator.writeNull();
                default -> throw new IOException("unexpected token " + token);
            }
        }
    }

    /**
     * The layout of JSON.stringify, Gson and Python: one entry per line, {@code "key": value}, empty
     * containers as {@code {}} and {@code []}.
     */
    private static final class IndentingPrinter implements PrettyPrinter {
        private final String unit;
        private int depth;

        IndentingPrinter(String unit) {
            this.unit = unit;
        }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw(unit);
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            depth--;
            if (entries > 0) {
                newLine(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            depth--;
            if (values > 0) {
                newLine(g);
            }
            g.writeRaw(']');
        }
    }
}

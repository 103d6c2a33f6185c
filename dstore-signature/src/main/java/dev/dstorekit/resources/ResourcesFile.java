package dev.dstorekit.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dstorekit.resources.ResourcesFileException.Problem;
import dev.dstorekit.signature.InvalidKeyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a resources file: one YAML file per environment with the resource table of the integration guide, shared
 * by every tool of the kit so a team writes its Client-Id, endpoints and keys once. The format is the JSON Schema
 * {@code dev/dstorekit/resources/resources-file.schema.json} on the classpath ({@link #SCHEMA}); a file that breaks
 * it, or whose keys do not parse, is refused with a {@link ResourcesFileException} naming the field.
 */
public final class ResourcesFile {

    /** Classpath location of the format's JSON Schema. */
    public static final String SCHEMA = "dev/dstorekit/resources/resources-file.schema.json";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

    private ResourcesFile() {
    }

    /**
     * @throws ResourcesFileException if the file is unreadable, not YAML, breaks the schema or holds an unusable key
     */
    public static Resources read(Path file) {
        Resources resources = readLeavingKeysUnchecked(file);
        checkKeys(resources, file.toString());
        return resources;
    }

    /**
     * Reads the file and holds it to the schema but leaves its keys unparsed, for a caller that reports each bad key
     * itself (the go-live check).
     *
     * @throws ResourcesFileException if the file is unreadable, not YAML or breaks the schema
     */
    public static Resources readLeavingKeysUnchecked(Path file) {
        String name = file.toString();
        JsonNode root = parse(file, name);
        Set<ValidationMessage> violations = SCHEMA_VALIDATOR.validate(root);
        violations.stream().min(Comparator.comparing(ValidationMessage::getMessage)).ifPresent(violation -> {
            throw new ResourcesFileException(Problem.INVALID_FIELD, name, field(violation), detail(violation));
        });
        Path dir = file.toAbsolutePath().getParent();
        JsonNode d = root.path("dstore");
        JsonNode p = root.path("pos");
        return new Resources(file, text(root, "environment"),
                new Resources.DStoreSide(URI.create(d.path("gatewayEndpoint").asText()), d.path("clientId").asText(),
                        key(dir, d, "publicKey"), text(d, "webPageDomain"), key(dir, d, "privateKey")),
                new Resources.PosSide(URI.create(p.path("gatewayEndpoint").asText()), key(dir, p, "privateKey"),
                        key(dir, p, "publicKey"), p.path("posAccountId").asText(), p.path("posStoreId").asText()));
    }

    private static JsonNode parse(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ResourcesFileException(Problem.UNREADABLE, name, null, "cannot read the file ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            JsonNode root = YAML.readTree(bytes);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ResourcesFileException(Problem.INVALID_FIELD, name, null, "the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ResourcesFileException(Problem.NOT_YAML, name, null, "not valid YAML" + where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A key value containing a '.' (never part of PEM-less base64) is a file path, resolved against the resources
     * file's directory so the file and its keys can move together.
     */
    private static String key(Path dir, JsonNode side, String field) {
        String value = text(side, field);
        if (value == null || value.contains("-----BEGIN") || value.indexOf('.') < 0) {
            return value;
        }
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return dir.resolve(expanded).normalize().toString();
    }

    private static void checkKeys(Resources resources, String name) {
        check(name, "dstore.publicKey", r -> r.dstore().parsedPublicKey(), resources);
        check(name, "dstore.privateKey", r -> r.dstore().parsedPrivateKey(), resources);
        check(name, "pos.privateKey", r -> r.pos().parsedPrivateKey(), resources);
        check(name, "pos.publicKey", r -> r.pos().parsedPublicKey(), resources);
    }

    private static void check(String name, String field, Consumer<Resources> parse, Resources resources) {
        try {
            parse.accept(resources);
        } catch (InvalidKeyException e) {
            String detail = e.getMessage().startsWith(field + ": ") ? e.getMessage().substring(field.length() + 2)
                    : e.getMessage();
            throw new ResourcesFileException(Problem.INVALID_KEY, name, field, detail);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }

    private static String field(ValidationMessage violation) {
        String location = violation.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        String property = violation.getProperty();
        if (property != null && ("required".equals(violation.getType()) || "additionalProperties".equals(violation.getType()))) {
            return location.isEmpty() ? property : location + "." + property;
        }
        return location.isEmpty() ? null : location;
    }

    private static String detail(ValidationMessage violation) {
        return switch (violation.getType()) {
            case "required" -> "required but missing";
            case "additionalProperties" -> "not a field of a resources file (see " + SCHEMA + ")";
            case "pattern" -> "not an http:// or https:// URL";
            case "enum" -> "must be sandbox or production";
            case "type" -> "wrong type (" + violation.getMessage().replaceFirst("^\\S+: ", "") + ")";
            default -> violation.getMessage().replaceFirst("^\\S+: ", "");
        };
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ResourcesFile.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

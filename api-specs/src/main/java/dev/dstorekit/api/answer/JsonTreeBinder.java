package dev.dstorekit.api.answer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a model from a JSON tree that is already parsed, with the micronaut-serde deserializers the controller's
 * own body binding would use on the bytes (same names, enums, unknown fields ignored): the schema filter validates
 * one tree and binds the controller's model from it, so a body is tokenized once, not once per reader.
 */
@Singleton
final class JsonTreeBinder {

    private final Deserializer.DecoderContext context;
    private final LimitingStream.RemainingLimits limits;
    /** A specific deserializer is built from the type's introspection: once per body type, as the mapper does. */
    private final Map<Argument<?>, Deserializer<?>> deserializers = new ConcurrentHashMap<>();

    JsonTreeBinder(SerdeRegistry registry, SerdeConfiguration configuration) {
        this.context = registry.newDecoderContext(null);
        this.limits = LimitingStream.limitsFromConfiguration(configuration);
    }

    /** The {@code type} the tree describes; an exception where the bytes would not have bound either. */
    <T> T bind(JsonNode tree, Argument<T> type) throws IOException {
        Deserializer<? extends T> deserializer = deserializer(type);
        try (JsonParser parser = tree.traverse()) {
            parser.nextToken();
            return deserializer.deserializeNullable(JacksonDecoder.create(parser, limits), context, type);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Deserializer<? extends T> deserializer(Argument<T> type) throws IOException {
        Deserializer<?> known = deserializers.get(type);
        if (known == null) {
            known = context.findDeserializer(type).createSpecific(context, type);
            deserializers.put(type, known);
        }
        return (Deserializer<? extends T>) known;
    }
}

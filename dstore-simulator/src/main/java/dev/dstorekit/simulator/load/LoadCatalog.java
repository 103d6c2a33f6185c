package dev.dstorekit.simulator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The catalog load orders are built from: a syncProduct body from a file (what the POS syncs), or by default the
 * spec's own full-sync example (a chicken-rice stall), with the account and store the POS under test knows.
 */
public final class LoadCatalog {

    private LoadCatalog() {
    }

    public static Catalog read(@Nullable Path file, @Nullable String account, @Nullable String store, JsonMapper json) throws IOException {
        ObjectMapper jackson = new ObjectMapper();
        ObjectNode body;
        if (file != null) {
            body = (ObjectNode) jackson.readTree(Files.readAllBytes(file));
        } else {
            try (InputStream in = LoadCatalog.class.getClassLoader().getResourceAsStream("openapi/dstore-pos-api.yaml")) {
                JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
                body = (ObjectNode) spec.path("paths").path("/v2/pos/syncProduct").path("post").path("requestBody").path("content")
                        .path("application/json").path("examples").path("fullSync").path("value").deepCopy();
            }
        }
        if (account != null) {
            body.put("posAccountId", account);
        }
        if (store != null) {
            ((ObjectNode) body.path("store")).put("posStoreId", store);
        }
        SyncProductRequest request = json.readValue(jackson.writeValueAsBytes(body), Argument.of(SyncProductRequest.class));
        return CatalogService.catalogOf(request, Instant.now());
    }
}

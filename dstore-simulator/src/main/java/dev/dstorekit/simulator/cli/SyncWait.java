package dev.dstorekit.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Waits until the POS's outbox has delivered a store (pds addStore) and its full catalog (syncProduct) to a running
 * simulator, watching its control API ({@code GET /control/stores}), and says when each arrived.
 */
final class SyncWait {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ControlClient simulator;
    private final PrintWriter out;
    private final int seconds;

    SyncWait(ControlClient simulator, PrintWriter out, int seconds) {
        this.simulator = simulator;
        this.out = out;
        this.seconds = seconds;
    }

    void await(String storeId, int products) throws IOException, InterruptedException, CouldNotRun {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        boolean storeSeen = false;
        boolean catalogSeen = false;
        while (true) {
            JsonNode stores = simulatorGet("/control/stores");
            Optional<JsonNode> pdsStore = find(stores.path("pdsStores"), node -> node.path("storeId"), storeId);
            if (!storeSeen && pdsStore.isPresent()) {
                storeSeen = true;
                out.println("   addStore arrived after " + seconds(start) + " (pds store " + storeId + " with menus "
                        + pdsStore.get().path("menuTypes") + ")");
            }
            Optional<JsonNode> synced = find(stores.path("catalogs"), node -> node.path("store").path("posStoreId"), storeId);
            if (!catalogSeen && synced.isPresent() && synced.get().path("products").asInt() == products) {
                catalogSeen = true;
                out.println("   syncProduct arrived after " + seconds(start) + " (" + synced.get().path("products").asInt() + " products, "
                        + synced.get().path("available").asInt() + " available, for " + synced.get().path("store").path("posAccountId").asText()
                        + "/" + storeId + ")");
            }
            if (storeSeen && catalogSeen) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new CouldNotRun("after " + seconds + " s the simulator has " + (storeSeen ? "" : "no addStore ")
                        + (!storeSeen && !catalogSeen ? "and " : "") + (catalogSeen ? "" : "no full syncProduct (" + products + " products) ")
                        + "for " + storeId + "; see pos-server's log (outbox) and GET /merchant/v1/stores (addStoreState)");
            }
            Thread.sleep(100);
        }
    }

    private JsonNode simulatorGet(String path) throws IOException, InterruptedException, CouldNotRun {
        HttpResponse<String> answer = http.send(simulator.request(path).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new CouldNotRun("the simulator answered GET " + path + " with HTTP " + answer.statusCode()
                    + ControlClient.hint(answer.statusCode()));
        }
        return JSON.readTree(answer.body());
    }

    /** The first element of {@code array} whose {@code id} is {@code storeId}. */
    private static Optional<JsonNode> find(JsonNode array, Function<JsonNode, JsonNode> id, String storeId) {
        for (JsonNode node : array) {
            if (storeId.equals(id.apply(node).asText())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}

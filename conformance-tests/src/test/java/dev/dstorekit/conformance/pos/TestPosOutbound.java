package dev.dstorekit.conformance.pos;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.pos.model.InquiryOrderStatus;
import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaPayloadSigner;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the in-test POS sends to D-Store after its first order: a full syncProduct, then the order's status
 * steps PREPARING → READY → COMPLETED; each call signed and retried unchanged after a U answer (unless a flaw says otherwise).
 */
@Singleton
@Requires(property = TestPosConfig.PREFIX + ".client-id")
class TestPosOutbound {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPosConfig config;
    private final RsaPayloadSigner signer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicBoolean started = new AtomicBoolean();

    TestPosOutbound(TestPosConfig config, @Named("posSigner") RsaPayloadSigner signer) {
        this.config = config;
        this.signer = signer;
    }

    void orderCreated(String requestOrderId, TestPosController controller) {
        if (config.dstoreUrl() == null || config.has(Flaw.NO_OUTBOUND) || !started.compareAndSet(false, true)) {
            return;
        }
        executor.submit(() -> {
            send("/v2/pos/syncProduct", catalog());
            List<InquiryOrderStatus> steps = config.has(Flaw.OUTBOUND_SKIPS_A_STEP)
                    ? List.of(InquiryOrderStatus.PREPARING, InquiryOrderStatus.COMPLETED)
                    : List.of(InquiryOrderStatus.PREPARING, InquiryOrderStatus.READY, InquiryOrderStatus.COMPLETED);
            InquiryOrderStatus current = InquiryOrderStatus.ACCEPTED;
            for (InquiryOrderStatus step : steps) {
                if (!controller.advance(requestOrderId, current, step)) {
                    return null; // the channel changed the order meanwhile; the merchant stops
                }
                current = step;
                Map<String, Object> notify = new LinkedHashMap<>();
                notify.put("requestId", "ntf-" + UUID.randomUUID());
                notify.put("requestOrderId", requestOrderId);
                notify.put("orderStatus", step.getValue());
                send("/v2/pos/notifyOrderChange", notify);
            }
            return null;
        });
    }

    /**
     * Sends the catalog as soon as D-Store can be reached (retrying refused connections for up to 20 s), the way a
     * POS syncs its catalog when it is set up; the suite then learns the products from it.
     */
    void announceCatalog() {
        executor.submit(() -> {
            Map<String, Object> catalog = catalog();
            for (int attempt = 0; attempt < 200; attempt++) {
                try {
                    send("/v2/pos/syncProduct", catalog);
                    return null;
                } catch (java.net.ConnectException e) {
                    Thread.sleep(100);
                }
            }
            return null;
        });
    }

    private Map<String, Object> catalog() {
        List<Map<String, Object>> products = new ArrayList<>();
        for (String id : config.products()) {
            Map<String, Object> product = new LinkedHashMap<>();
            product.put("posProductId", id);
            product.put("type", "SINGLE");
            product.put("status", "AVAILABLE");
            product.put("name", "Product " + id);
            product.put("price", Map.of("value", 450, "currency", "SGD"));
            products.add(product);
        }
        Map<String, Object> modifier = new LinkedHashMap<>();
        modifier.put("posProductId", "MOD-EGG");
        modifier.put("type", "MODIFIER");
        modifier.put("status", "AVAILABLE");
        modifier.put("name", "Extra egg");
        modifier.put("price", Map.of("value", 80, "currency", "SGD"));
        products.add(modifier);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", "sync-" + UUID.randomUUID());
        body.put("posAccountId", config.account());
        body.put("store", Map.of("posStoreId", config.store(), "name", "Test store"));
        body.put("products", products);
        return body;
    }

    /** Sends until D-Store answers S or F (at most five times), keeping requestId and body on a U. */
    private void send(String path, Map<String, Object> message) throws IOException, InterruptedException {
        for (int attempt = 1; attempt <= 5; attempt++) {
            byte[] body = JSON.writeValueAsBytes(message);
            String time = RequestTimes.now(Clock.systemUTC());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.dstoreUrl() + path))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("Client-Id", config.clientId())
                    .header("Request-Time", time)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!config.has(Flaw.OUTBOUND_UNSIGNED)) {
                request.header("Signature", signer.sign("POST", path, config.clientId(), time, body));
            }
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String status = JSON.readTree(answer.body()).path("result").path("resultStatus").asText();
            if (!status.equals("U")) {
                return;
            }
            if (config.has(Flaw.OUTBOUND_NEW_REQUEST_ID_ON_RETRY)) {
                message.put("requestId", "retry-" + UUID.randomUUID());
            }
            Thread.sleep(50);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

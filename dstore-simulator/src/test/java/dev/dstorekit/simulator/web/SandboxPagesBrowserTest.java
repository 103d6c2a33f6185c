package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.order.SimOrder;
import dev.dstorekit.simulator.support.ReferencePosServer;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.testsupport.TestKeys;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's web pages in a real browser, against the reference POS server: the merchant adds the hawker stall
 * and syncs its catalog (with one drink sold out) through pos-server's merchant API, then a customer browses, orders
 * and follows the order while the merchant works it, and the console shows the messages. Screenshots of each page at
 * phone and desktop width go to target/screenshots.
 */
@Tag("browser")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxPagesBrowserTest implements TestPropertyProvider {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String STALL = "AHHOCK-MAXWELL-01";
    static final String SOLD_OUT = "DR-LIME";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private ReferencePosServer pos;
    private ChromeDriver browser;

    @Inject
    EmbeddedServer server;
    @Inject
    CatalogRepository catalogs;
    @Inject
    OrderRepository orders;

    @Override
    public Map<String, String> getProperties() {
        int port = ReferencePosServer.freePort();
        pos = ReferencePosServer.startOrSkip(port, Map.of("POS_OUTBOX_POLL_INTERVAL", "200ms"));
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("simulator.pos.gateway-url", pos.uri().toString());
        return properties;
    }

    @BeforeAll
    void addTheStallWithOneDrinkSoldOutAndOpenABrowser() throws Exception {
        browser = Browser.start();
        HttpResponse<String> added = HTTP.send(merchant("POST", "/merchant/v1/stores", resource("sandbox/hawker-stall-store.json")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode(), added.body());
        JsonNode catalog = JSON.readTree(resource("sandbox/hawker-stall-catalog.json"));
        catalog.path("products").forEach(product -> {
            if (SOLD_OUT.equals(product.path("posProductId").asText())) {
                ((ObjectNode) product).put("status", "UNAVAILABLE");
            }
        });
        HttpResponse<String> replaced = HTTP.send(merchant("PUT", "/merchant/v1/stores/" + STALL + "/catalog", JSON.writeValueAsBytes(catalog)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, replaced.statusCode(), replaced.body());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (catalogs.find(new StoreKey(ReferencePosServer.ACCOUNT, STALL)).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "pos-server's syncProduct of " + STALL + " never arrived");
            Thread.sleep(100);
        }
    }

    @AfterAll
    void closeTheBrowserAndThePos() {
        if (browser != null) {
            browser.quit();
        }
        if (pos != null) {
            pos.close();
        }
    }

    @Test
    void aCustomerOrdersChickenRiceWithChilliForPickupAndSeesItReachCompleted() throws Exception {
        browser.get(server.getURI().resolve("/").toString());
        browser.findElement(By.linkText("Ah Hock Hainanese Chicken Rice")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("store-name")));
        assertEquals("Ah Hock Hainanese Chicken Rice", browser.findElement(By.id("store-name")).getText());
        Browser.screenshot(browser, "storefront", Browser.PHONE);
        Browser.screenshot(browser, "storefront", Browser.DESKTOP);

        WebElement roast = browser.findElement(By.cssSelector("article[data-item='CR-ROAST']"));
        roast.findElement(By.cssSelector("button.add")).click();
        assertTrue(roast.findElement(By.cssSelector(".item-problem")).getText().contains("Chilli: choose 1"),
                "the Chilli group needs one choice: " + roast.getText());
        roast.findElement(By.cssSelector("input[value='MOD-CHILLI-STD']")).click();
        roast.findElement(By.cssSelector("input[value='MOD-EGG']")).click();
        roast.findElement(By.cssSelector("button.add")).click();
        WebElement pay = browser.findElement(By.id("pay"));
        await().until(ExpectedConditions.elementToBeClickable(pay));
        String total = browser.findElement(By.cssSelector(".amounts dd.total")).getText();
        assertEquals("5.30 SGD", total, "4.50 roasted chicken rice + 0.80 egg");
        Browser.screenshot(browser, "checkout", Browser.DESKTOP);
        WebElement problem = browser.findElement(By.cssSelector("#checkout .problem"));
        pay.click();

        await().until(page -> page.getCurrentUrl().contains("/orders/") || !problem.getText().isBlank());
        assertTrue(browser.getCurrentUrl().contains("/orders/"), () -> "pay was refused: " + problem.getText());
        String requestOrderId = browser.findElement(By.cssSelector("main.order")).getAttribute("data-order");
        SimOrder order = awaitCreated(requestOrderId);
        assertEquals("MOD-CHILLI-STD", order.request().getOrderProducts().get(0).getModifiers().get(0).getPosProductId());
        assertEquals(530, order.request().getOrderAmount().getValue());
        if (!Boolean.TRUE.equals(order.autoAccept())) {
            move(order.posOrderId(), "ACCEPTED");
        }
        put(order.posOrderId(), "short-order-number", "{\"shortOrderNumber\":\"A17\"}");
        for (String status : new String[] {"PREPARING", "READY", "COMPLETED"}) {
            move(order.posOrderId(), status);
        }
        await().until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
        assertEquals("A17", browser.findElement(By.id("shortOrderNumber")).getText());
        Browser.screenshot(browser, "order", Browser.PHONE);
        Browser.screenshot(browser, "order", Browser.DESKTOP);

        browser.get(server.getURI().resolve("/console?order=" + requestOrderId).toString());
        String console = browser.findElement(By.id("entries")).getText();
        assertTrue(console.contains("createOrder") && console.contains("notifyOrderChange"), console);
        Browser.screenshot(browser, "console", Browser.PHONE);
        Browser.screenshot(browser, "console", Browser.DESKTOP);
    }

    @Test
    void aSoldOutItemIsGreyedAndCannotBeOrdered() {
        browser.get(server.getURI().resolve("/stores/" + ReferencePosServer.ACCOUNT + "/" + STALL).toString());
        WebElement lime = browser.findElement(By.cssSelector("article[data-item='" + SOLD_OUT + "']"));
        assertTrue(lime.getAttribute("class").contains("sold-out"), lime.getAttribute("class"));
        assertFalse(lime.findElement(By.cssSelector("button.add")).isEnabled(), "its button is disabled");

        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('main.store').dataset.pay, {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({serviceType: 'DINEIN', tableNo: 'A1', lines: [{posProductId: '%s', quantity: 1, modifiers: []}]})})
                  .then(r => r.text().then(t => done(r.status + ' ' + t)));
                """.formatted(SOLD_OUT));
        assertTrue(answer.toString().startsWith("422 ") && answer.toString().contains("sold out"), answer.toString());
    }

    @Test
    void aRefusedNotificationAppearsLiveInTheConsoleWithItsSignatureExplanation() {
        browser.get(server.getURI().resolve("/console?operation=notifyOrderChange&verdict=VIOLATION").toString());
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entries[data-live='open']")));
        String body = "{\"requestId\":\"BROWSER-BAD-SIG-1\",\"requestOrderId\":\"NO-SUCH-ORDER\",\"orderStatus\":\"ACCEPTED\"}";
        SignedHttp.Answer refused = SignedHttp.asPos(server.getURI())
                .post("/v2/pos/notifyOrderChange", body.getBytes(StandardCharsets.UTF_8), TestSignature.CLIENT_ID, TestKeys.STRANGER);
        assertEquals("INVALID_SIGNATURE", refused.json().path("result").path("resultCode").asText(), refused.body());

        WebElement entry = await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entries li.entry")));
        entry.findElement(By.tagName("summary")).click();
        String shown = entry.findElement(By.cssSelector(".explain pre")).getText();
        assertTrue(shown.contains("String to sign") && shown.contains("BROWSER-BAD-SIG-1"), "the string to sign, with the body: " + shown);
        assertTrue(shown.contains("Likely cause"), shown);
    }

    private SimOrder awaitCreated(String requestOrderId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<SimOrder> order = orders.find(requestOrderId);
            if (order.isPresent() && order.get().posOrderId() != null) {
                return order.get();
            }
            assertTrue(System.nanoTime() < deadline, "createOrder of " + requestOrderId + " never got a posOrderId");
            Thread.sleep(100);
        }
    }

    private void move(String posOrderId, String status) throws IOException, InterruptedException {
        HttpResponse<String> moved = HTTP.send(merchant("POST", "/merchant/v1/orders/" + posOrderId + "/status",
                ("{\"status\":\"" + status + "\",\"reason\":\"browser test\"}").getBytes()), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, moved.statusCode(), status + ": " + moved.body());
    }

    private void put(String posOrderId, String what, String body) throws IOException, InterruptedException {
        HttpResponse<String> changed = HTTP.send(merchant("PUT", "/merchant/v1/orders/" + posOrderId + "/" + what, body.getBytes()),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), what + ": " + changed.body());
    }

    private WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private HttpRequest merchant(String method, String path, byte[] body) {
        return HttpRequest.newBuilder(pos.uri().resolve(path)).header("Authorization", "Bearer " + ReferencePosServer.API_TOKEN)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

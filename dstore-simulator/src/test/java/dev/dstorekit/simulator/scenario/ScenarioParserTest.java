package dev.dstorekit.simulator.scenario;

import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.simulator.fault.FaultKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files: the shipped ones read, and a broken one says where it is broken. */
class ScenarioParserTest {

    static final List<String> SHIPPED = List.of("happy-pickup", "dine-in", "delivery-merchant", "delivery-channel", "pos-timeout",
            "pos-returns-unknown", "duplicate-create", "manual-accept-timeout", "grabfood-modification",
            "foodpanda-cancel-after-complete", "lunch-rush", "sandbox-mix");

    @Test
    void everyShippedScenarioReads() throws IOException {
        for (String name : SHIPPED) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/" + name + ".yaml")) {
                Scenario scenario = ScenarioParser.parse(in, name);
                assertEquals(name, scenario.name());
                assertFalse(scenario.description().isBlank());
            }
        }
    }

    @Test
    void lunchRushIsARushWithFaultsAndHappyPickupNeedsAMerchant() throws IOException {
        Scenario rush;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/lunch-rush.yaml")) {
            rush = ScenarioParser.parse(in, "lunch-rush");
        }
        Scenario pickup;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/happy-pickup.yaml")) {
            pickup = ScenarioParser.parse(in, "happy-pickup");
        }

        assertEquals(300, rush.rush().orders());
        assertEquals(Duration.ofMinutes(15), rush.rush().duration());
        assertEquals(FaultKind.UNKNOWN, rush.faults().get(0).kind());
        assertTrue(pickup.needsMerchant());
        assertEquals(new Step.Advance("PREPARING", null), pickup.orders().get(0).flow().get(2));
    }

    @Test
    void sandboxMixHasEveryFlowTheSandboxPromises() throws IOException {
        Scenario mix;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/sandbox-mix.yaml")) {
            mix = ScenarioParser.parse(in, "sandbox-mix");
        }
        List<Step> steps = mix.orders().stream().flatMap(order -> order.flow().stream()).toList();
        List<ServiceType> services = mix.orders().stream().flatMap(order -> order.profile().serviceTypes().stream()).toList();

        assertEquals(null, mix.rush(), "a handful of orders, each shown in the summary");
        assertTrue(services.containsAll(List.of(ServiceType.PICKUP, ServiceType.DINEIN, ServiceType.DELIVERY)), services.toString());
        assertTrue(mix.orders().stream().anyMatch(order -> order.profile().deliveryProvider() == DeliveryProvider.MERCHANT), "own rider");
        assertTrue(mix.orders().stream().anyMatch(order -> order.profile().deliveryProvider() == DeliveryProvider.CHANNEL), "channel courier");
        assertTrue(steps.stream().anyMatch(step -> step instanceof Step.Create create && create.loseAnswer()), "a lost createOrder answer");
        assertTrue(steps.stream().anyMatch(step -> step instanceof Step.Create create && create.duplicates() > 0), "a duplicate createOrder");
        assertTrue(steps.stream().anyMatch(step -> step instanceof Step.Refund), "a merchant-side refund");
        assertTrue(mix.needsMerchant(), "the merchant side is played through the merchant driver");
        assertTrue(mix.faults().isEmpty(), "the sandbox shows a clean run; lunch-rush is the one with faults");
    }

    @Test
    void stepsReadInTheirShortAndLongForms() {
        Scenario scenario = parse("""
                name: forms
                description: every step
                orders:
                  - channels: [grabfood]
                    serviceTypes: [DELIVERY]
                    deliveryProvider: CHANNEL
                    minUnits: 2
                    flow:
                      - merchant: {action: pos-fault, fault: UNKNOWN_EXCEPTION}
                      - create: {loseAnswer: true, duplicates: 2, alteredDuplicate: true, wantAutoAccept: false}
                      - accept: {merchant: false, window: 90s}
                      - advance: {status: PREPARING, within: 2m}
                      - deliver: PICKED_UP
                      - refund: 25
                      - expect: {status: READY, deliveryStatus: DELIVERED}
                      - push: {orderStatus: COMPLETED, deliveryStatus: DELIVERED, replay: true}
                      - push: {modification: true}
                      - inquire: COMPLETED
                      - wait: 250ms
                """);

        List<Step> flow = scenario.orders().get(0).flow();
        assertEquals(new Step.Create(true, 2, true, false), flow.get(1));
        assertEquals(new Step.Accept(false, Duration.ofSeconds(90)), flow.get(2));
        assertEquals(new Step.Advance("PREPARING", Duration.ofMinutes(2)), flow.get(3));
        assertEquals(new Step.Refund(25, null), flow.get(5));
        assertEquals(new Step.Push("COMPLETED", "DELIVERED", false, true), flow.get(7));
        assertEquals(new Step.Inquire("COMPLETED"), flow.get(9));
        assertEquals(new Step.Wait(Duration.ofMillis(250)), flow.get(10));
        assertEquals(2, scenario.orders().get(0).profile().minUnits());
    }

    @Test
    void mistakesAreReportedWithTheirPlace() {
        assertEquals("bad.yaml: orders[0].flow[1]: unknown step 'bake' (create, accept, advance, deliver, refund, merchant, expect, push, inquire, wait)",
                assertThrows(ScenarioException.class, () -> parse("name: x\ndescription: y\norders:\n  - flow: [create, bake]\n")).getMessage());
        assertTrue(assertThrows(ScenarioException.class, () -> parse("name: x\norders:\n  - flow: [inquire]\n"))
                .getMessage().contains("exactly one create"));
        assertTrue(assertThrows(ScenarioException.class, () -> parse("name: x\norders:\n  - flow: [create, {advance: SERVED}]\n"))
                .getMessage().startsWith("bad.yaml: orders[0].flow[1]: Unexpected value 'SERVED'"));
        assertTrue(assertThrows(ScenarioException.class, () -> parse("name: x\nrush: {rate: fast, duration: 1m, mix: {a: 1}}\n"))
                .getMessage().contains("rush.rate"));
        assertTrue(assertThrows(ScenarioException.class, () -> parse("name: x\ncolour: blue\norders: []\n"))
                .getMessage().contains("unknown key 'colour'"));
    }

    private static Scenario parse(String yaml) {
        return ScenarioParser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml");
    }
}

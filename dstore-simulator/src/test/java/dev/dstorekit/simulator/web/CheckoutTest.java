package dev.dstorekit.simulator.web;

import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.catalog.StoreKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckoutTest {

    static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 8, 12, 0, 0, 0, SINGAPORE.getRules().getOffset(Instant.EPOCH));
    static final ModifierGroupRule CHILLI = new ModifierGroupRule("MG-CHILLI", "Chilli", 1, 1, List.of("CHILLI", "NO-CHILLI"));
    static final ModifierGroupRule ADD_ONS = new ModifierGroupRule("MG-ADD", "Add-ons", 0, 2, List.of("EGG", "MEAT", "TOFU", "SET"));
    static final ModifierGroupRule CUT = new ModifierGroupRule("MG-CUT", "Cut", 1, 1, List.of("EGG"));
    static final Catalog CATALOG = new Catalog(new StoreKey("ACC", "STALL"), "Stall", Map.of(
            "RICE", product("RICE", "SINGLE", "AVAILABLE", 450, List.of(CHILLI, ADD_ONS)),
            "LIME", product("LIME", "SINGLE", "UNAVAILABLE", 180, List.of()),
            "CHILLI", product("CHILLI", "MODIFIER", "AVAILABLE", 0, List.of()),
            "NO-CHILLI", product("NO-CHILLI", "MODIFIER", "AVAILABLE", 0, List.of()),
            "EGG", product("EGG", "MODIFIER", "AVAILABLE", 80, List.of()),
            "MEAT", product("MEAT", "MODIFIER", "AVAILABLE", 250, List.of()),
            "TOFU", product("TOFU", "MODIFIER", "AVAILABLE", 100, List.of()),
            "SET", product("SET", "MODIFIER", "AVAILABLE", 300, List.of(CUT))), Instant.EPOCH, Instant.EPOCH);

    @Test
    void aBasketWithModifiersBecomesACreateOrderWhoseAmountsAddUp() {
        Checkout.Priced priced = checkout(basket("DINEIN", line("RICE", 2, "CHILLI", "EGG", "MEAT")));

        CreateOrderRequest request = priced.request();
        assertNull(priced.quote().problem());
        assertEquals(List.of(), CreateOrderAmounts.mismatches(request));
        assertEquals(2 * (450 + 80 + 250), request.getOrderAmount().getValue());
        assertEquals("15.60 SGD", priced.quote().orderAmount());
        assertEquals("MG-CHILLI", request.getOrderProducts().get(0).getModifiers().get(0).getGroupId());
        assertEquals("A1", request.getTableNo());
        assertEquals("W1", request.getChannelOrderId());
    }

    @Test
    void aRequiredGroupLeftEmptyIsRefusedNamingTheGroup() {
        assertEquals("lines[0].modifiers: Chilli: choose 1 (0 chosen)", checkout(basket("DINEIN", line("RICE", 1, "EGG"))).quote().problem());
    }

    @Test
    void moreChoicesThanTheGroupsMaximumAreRefused() {
        assertEquals("lines[0].modifiers: Add-ons: up to 2 (3 chosen)",
                checkout(basket("DINEIN", line("RICE", 1, "CHILLI", "EGG", "MEAT", "TOFU"))).quote().problem());
    }

    @Test
    void aSoldOutProductIsRefused() {
        Checkout.Priced priced = checkout(basket("DINEIN", line("LIME", 1)));

        assertNull(priced.request());
        assertEquals("lines[0]: LIME is sold out", priced.quote().problem());
    }

    @Test
    void aModifierOfAnotherProductIsRefused() {
        assertTrue(checkout(basket("DINEIN", line("RICE", 1, "CHILLI", "RICE"))).quote().problem().contains("not offered with RICE"));
    }

    @Test
    void aModifierThatNeedsAChoiceOfItsOwnIsRefused() {
        assertEquals("lines[0].modifiers: SET needs a choice of its own, which the storefront does not offer",
                checkout(basket("DINEIN", line("RICE", 1, "CHILLI", "SET"))).quote().problem());
    }

    @Test
    void pickupNeedsATimeAndDeliveryAnAddress() {
        assertEquals("pickupTime: choose a pickup time", checkout(basket("PICKUP", line("RICE", 1, "CHILLI"))).quote().problem());
        assertEquals("address: a delivery address is required", checkout(basket("DELIVERY", line("RICE", 1, "CHILLI"))).quote().problem());
    }

    private static Checkout.Priced checkout(Basket basket) {
        return new Checkout(CATALOG, null, SINGAPORE).price(basket, "W1", NOW);
    }

    private static Basket basket(String serviceType, Basket.Line... lines) {
        return new Basket(List.of(lines), serviceType, null, "A1", null, "Tan", "+6590000000", null);
    }

    private static Basket.Line line(String posProductId, int quantity, String... modifiers) {
        return new Basket.Line(posProductId, quantity, List.of(modifiers));
    }

    private static CatalogProduct product(String id, String type, String status, long price, List<ModifierGroupRule> groups) {
        return new CatalogProduct(id, type, status, id, new Money(price, "SGD"), null, groups);
    }
}

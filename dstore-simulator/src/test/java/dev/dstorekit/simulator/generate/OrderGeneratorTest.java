package dev.dstorekit.simulator.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;
import dev.dstorekit.simulator.catalog.Money;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.spec.SpecSchemas;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders built from synced catalogs: deterministic per seed, amounts that add up, only what the POS synced. */
class OrderGeneratorTest {

    static final Instant NOW = Instant.parse("2024-03-15T04:05:41Z");
    static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    static ApplicationContext context;
    static JsonMapper json;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("micronaut.serde.serialization.inclusion", "non_null"));
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theSameSeedGivesTheSameOrders() {
        assertEquals(generate(stalls(), 7, 50), generate(stalls(), 7, 50));
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        assertNotEquals(generate(stalls(), 7, 50), generate(stalls(), 8, 50));
    }

    @Test
    void amountsAddUpInMinorUnitsForEveryOrder() {
        for (CreateOrderRequest order : generate(stalls(), 3, 300)) {
            assertEquals(List.of(), CreateOrderAmounts.mismatches(order), order.getRequestOrderId());
            assertTrue(order.getOrderAmount().getValue() > 0);
        }
    }

    @Test
    void ordersUseOnlyAvailableSyncedProductsAndRespectTheModifierRules() {
        List<Catalog> catalogs = stalls();
        Map<StoreKey, Catalog> byStore = new HashMap<>();
        catalogs.forEach(c -> byStore.put(c.store(), c));
        for (CreateOrderRequest order : generate(catalogs, 11, 300)) {
            Catalog catalog = byStore.get(new StoreKey(order.getPosAccountId(), order.getPosStoreId()));
            assertNotNull(catalog, "only stores whose catalog arrived");
            for (OrderProduct line : order.getOrderProducts()) {
                CatalogProduct product = catalog.products().get(line.getPosProductId());
                assertNotNull(product, line.getPosProductId());
                assertEquals("SINGLE", product.type());
                assertTrue(product.available(), "never a sold-out product: " + product.posProductId());
                assertEquals(product.price().value(), (long) line.getUnitPrice().getValue());
                assertTrue(line.getQuantity() >= 1);
                checkModifiers(catalog, product, line.getModifiers());
            }
        }
    }

    @Test
    void channelsServiceTypesAndCustomerFollowTheProfile() {
        List<CreateOrderRequest> orders = new ArrayList<>();
        OrderGenerator generator = new OrderGenerator(stalls(), SINGAPORE);
        for (int i = 0; i < 200; i++) {
            orders.add(generator.generate("O" + i, OrderProfile.any(), i, NOW, c -> true).orElseThrow());
        }
        for (CreateOrderRequest order : orders) {
            switch (order.getServiceType()) {
                case DELIVERY -> {
                    assertNotNull(order.getDeliveryAddress(), "a delivery has the buyer's address");
                    assertNotNull(order.getDeliveryProvider());
                    assertNotNull(order.getAmountDetail().getDeliveryFee());
                }
                case DINEIN -> {
                    assertNotNull(order.getTableNo());
                    assertEquals(OrderChannel.DSTORE, order.getOrderChannel(), "dine-in only on D-Store");
                }
                case PICKUP -> assertNull(order.getDeliveryAddress());
            }
            if (order.getOrderChannel() == OrderChannel.FOODPANDA) {
                assertNull(order.getCustomer(), "foodpanda shares no buyer data");
            }
            if (order.getOrderChannel() == OrderChannel.DSTORE) {
                assertNotNull(order.getCustomer());
                assertEquals(order.getRequestOrderId(), order.getChannelOrderId());
            }
            assertTrue(order.getExpectFulfillmentTime().isAfter(order.getOrderTime()));
            assertEquals(8 * 3600, order.getOrderTime().getOffset().getTotalSeconds(), "Singapore time");
        }
        assertTrue(orders.stream().anyMatch(o -> o.getOrderChannel() == OrderChannel.GRABFOOD && o.getCustomer() == null),
                "GrabFood sometimes without the buyer");
        assertTrue(orders.stream().anyMatch(o -> o.getOrderProducts().stream().anyMatch(l -> l.getModifiers() != null
                && l.getModifiers().stream().anyMatch(m -> m.getModifiers() != null))), "nested modifiers (a set's drink) appear");
        for (ServiceType type : ServiceType.values()) {
            assertTrue(orders.stream().anyMatch(o -> o.getServiceType() == type), type + " appears");
        }
    }

    @Test
    void profileNarrowsChannelServiceTypeProviderAndUnits() {
        OrderProfile grabfoodDelivery = new OrderProfile(List.of(OrderChannel.GRABFOOD), List.of(ServiceType.DELIVERY), DeliveryProvider.CHANNEL, 3);
        OrderGenerator generator = new OrderGenerator(stalls(), SINGAPORE);
        for (int i = 0; i < 50; i++) {
            CreateOrderRequest order = generator.generate("G" + i, grabfoodDelivery, i, NOW, c -> true).orElseThrow();
            assertEquals(OrderChannel.GRABFOOD, order.getOrderChannel());
            assertEquals(ServiceType.DELIVERY, order.getServiceType());
            assertEquals(DeliveryProvider.CHANNEL, order.getDeliveryProvider());
            assertTrue(order.getOrderProducts().stream().mapToInt(OrderProduct::getQuantity).sum() >= 3);
            assertEquals(List.of(), CreateOrderAmounts.mismatches(order));
        }
    }

    @Test
    void generatedOrdersMatchTheCreateOrderSchema() throws Exception {
        SpecSchemas specs = new SpecSchemas();
        ObjectMapper jackson = new ObjectMapper();
        for (CreateOrderRequest order : generate(stalls(), 5, 100)) {
            JsonNode tree = jackson.readTree(json.writeValueAsBytes(order));
            assertEquals(List.of(), specs.validate(SpecSchemas.POS_SPEC, "CreateOrderRequest", tree), tree.toString());
        }
    }

    @Test
    void storesWithoutAnOrderableProductGetNoOrders() {
        Catalog soldOut = new Catalog(new StoreKey("ACC", "SOLD-OUT"), "Sold out stall", Map.of(
                "A", new CatalogProduct("A", "SINGLE", "UNAVAILABLE", "A", new Money(100, "SGD"), null, List.of()),
                "B", new CatalogProduct("B", "SINGLE", "AVAILABLE", "B", null, null, List.of()),
                "C", new CatalogProduct("C", "SINGLE", "AVAILABLE", "C", new Money(100, "SGD"), null,
                        List.of(new ModifierGroupRule("G", "needs one", 1, 1, List.of("GONE"))))), NOW, NOW);

        OrderGenerator generator = new OrderGenerator(List.of(soldOut), SINGAPORE);

        assertFalse(generator.hasStores());
        assertEquals(Optional.empty(), generator.generate("X", OrderProfile.any(), 1, NOW, c -> true));
    }

    private static void checkModifiers(Catalog catalog, CatalogProduct parent, List<OrderProductModifier> chosen) {
        List<OrderProductModifier> modifiers = chosen == null ? List.of() : chosen;
        for (ModifierGroupRule group : parent.modifierGroups()) {
            long picked = modifiers.stream().filter(m -> group.groupId().equals(m.getGroupId())).count();
            assertTrue(picked >= group.minSelect(), group.groupId() + " needs at least " + group.minSelect());
            if (group.maxSelect() != null) {
                assertTrue(picked <= group.maxSelect(), group.groupId() + " allows at most " + group.maxSelect());
            }
        }
        for (OrderProductModifier modifier : modifiers) {
            ModifierGroupRule group = parent.modifierGroups().stream().filter(g -> g.groupId().equals(modifier.getGroupId()))
                    .findFirst().orElseThrow(() -> new AssertionError("modifier outside the product's groups: " + modifier.getPosProductId()));
            assertTrue(group.modifierProductIds().contains(modifier.getPosProductId()));
            CatalogProduct product = catalog.products().get(modifier.getPosProductId());
            assertEquals("MODIFIER", product.type());
            assertTrue(product.available());
            assertEquals(product.price().value(), (long) modifier.getUnitPrice().getValue());
            checkModifiers(catalog, product, modifier.getModifiers());
        }
    }

    private static List<CreateOrderRequest> generate(List<Catalog> catalogs, long seed, int count) {
        OrderGenerator generator = new OrderGenerator(catalogs, SINGAPORE);
        List<CreateOrderRequest> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(generator.generate("ORDER-" + i, OrderProfile.any(), seed * 1000 + i, NOW, c -> true).orElseThrow());
        }
        return orders;
    }

    /** Two hawker stalls: chicken rice with add-ons and a required rice choice, fish soup with a set upgrade (nested). */
    static List<Catalog> stalls() {
        Map<String, CatalogProduct> chickenRice = new HashMap<>();
        chickenRice.put("CR-ROAST", single("CR-ROAST", 450, List.of(
                new ModifierGroupRule("MG-ADDON", "Add-ons", 0, 2, List.of("MOD-EGG", "MOD-LIVER", "MOD-SOLD-OUT")),
                new ModifierGroupRule("MG-RICE", "Rice", 1, 1, List.of("MOD-LESSRICE", "MOD-MORERICE")))));
        chickenRice.put("CR-STEAM", single("CR-STEAM", 450, List.of(new ModifierGroupRule("MG-ADDON", "Add-ons", 0, null, List.of("MOD-EGG", "MOD-LIVER")))));
        chickenRice.put("DR-LEMONTEA", single("DR-LEMONTEA", 180, List.of()));
        chickenRice.put("CR-SOLD-OUT", new CatalogProduct("CR-SOLD-OUT", "SINGLE", "UNAVAILABLE", "Sold out", new Money(500, "SGD"), null, List.of()));
        chickenRice.put("MOD-EGG", modifier("MOD-EGG", 80, List.of()));
        chickenRice.put("MOD-LIVER", modifier("MOD-LIVER", 150, List.of()));
        chickenRice.put("MOD-SOLD-OUT", new CatalogProduct("MOD-SOLD-OUT", "MODIFIER", "UNAVAILABLE", "x", new Money(10, "SGD"), null, List.of()));
        chickenRice.put("MOD-LESSRICE", modifier("MOD-LESSRICE", 0, List.of()));
        chickenRice.put("MOD-MORERICE", modifier("MOD-MORERICE", 50, List.of()));
        Map<String, CatalogProduct> fishSoup = new HashMap<>();
        fishSoup.put("FS-SLICED", single("FS-SLICED", 700, List.of(new ModifierGroupRule("MG-SET", "Make it a set", 0, 1, List.of("MOD-SET")))));
        fishSoup.put("DR-KOPI", single("DR-KOPI", 150, List.of()));
        fishSoup.put("MOD-SET", modifier("MOD-SET", 200, List.of(new ModifierGroupRule("MG-SET-DRINK", "Set drink", 1, 1, List.of("MOD-KOPIPENG", "MOD-TEH")))));
        fishSoup.put("MOD-KOPIPENG", modifier("MOD-KOPIPENG", 30, List.of()));
        fishSoup.put("MOD-TEH", modifier("MOD-TEH", 0, List.of()));
        return List.of(new Catalog(new StoreKey("MER-AHSENG-0001", "STORE-MAXWELL-0123"), "Ah Seng", chickenRice, NOW, NOW),
                new Catalog(new StoreKey("MER-HANFISHSOUP-0003", "STORE-AMOY-0105"), "Han Fish Soup", fishSoup, NOW, NOW));
    }

    private static CatalogProduct single(String id, long price, List<ModifierGroupRule> groups) {
        return new CatalogProduct(id, "SINGLE", "AVAILABLE", "Product " + id, new Money(price, "SGD"), "Food", groups);
    }

    private static CatalogProduct modifier(String id, long price, List<ModifierGroupRule> groups) {
        return new CatalogProduct(id, "MODIFIER", "AVAILABLE", "Modifier " + id, new Money(price, "SGD"), null, groups);
    }
}

package dev.dstorekit.simulator.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.generate.OrderGenerator;
import dev.dstorekit.simulator.generate.OrderProfile;
import dev.dstorekit.simulator.pds.PdsStoreRecord;
import dev.dstorekit.simulator.pds.PdsStoreRepository;
import dev.dstorekit.simulator.spec.SpecSchemas;
import dev.dstorekit.simulator.support.SignedHttp;
import dev.dstorekit.simulator.support.TestSignature;
import dev.dstorekit.simulator.violation.ViolationLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's hawker stall ({@code classpath:sandbox/}): the store is a valid pds store that a strict D-Store adds
 * without a warning, the catalog is a valid merchant-API catalog that D-Store takes as a full sync and builds orders
 * from, and the catalog is the store's own menu — one SINGLE product per SKU (or per item without SKUs), one MODIFIER
 * per modifier child item, the same prices and the same modifier groups.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HawkerStallFixtureTest implements TestPropertyProvider {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACCOUNT = "AHHOCK-FNB";

    @Inject
    EmbeddedServer server;
    @Inject
    SpecSchemas specs;
    @Inject
    ViolationLog violations;
    @Inject
    PdsStoreRepository pdsStores;
    @Inject
    CatalogRepository catalogs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestSignature.simulatorProperties());
        properties.put("simulator.pds-areas", "AREA-MAXWELL-FC");
        return properties;
    }

    @Test
    void theStoreIsAPdsStoreAndTheCatalogAMerchantApiCatalog() throws IOException {
        assertEquals(List.of(), specs.validate(SpecSchemas.PDS_SPEC, "PdsStore", store()));
        assertEquals(List.of(), specs.validate("merchant-api.yaml", "Catalog", catalog()));
    }

    @Test
    void aStrictD_StoreAddsTheStallWithEveryMenuUsableAndNoWarning() throws IOException {
        violations.clear();
        ObjectNode request = JSON.createObjectNode().put("requestId", "fixture-add-" + System.nanoTime());
        request.set("store", store());

        SignedHttp.Answer answer = SignedHttp.asPos(server.getURI()).post("/v2/pds/store/addStore", JSON.writeValueAsString(request));

        assertEquals("S", answer.resultStatus(), answer.body());
        PdsStoreRecord added = pdsStores.find("AHHOCK-MAXWELL-01").orElseThrow();
        assertEquals("HAWKER", added.storeType());
        assertEquals(List.of("PICKUP", "DINEIN", "DELIVERY"), added.menuTypes());
        assertEquals(Set.of("PICKUP_RULE", "PICKUP_SCHEDULE", "DINE_IN_ORDER", "DINE_IN_SCHEDULE", "DELIVERY_SCHEDULE", "DELIVERY_DISTANCE"),
                Set.copyOf(added.scenes()));
        assertTrue(violations.all().isEmpty(), "no MENU_WITHOUT_RULES or any other warning: " + violations.all());
    }

    @Test
    void aStrictD_StoreTakesTheCatalogAsAFullSyncAndBuildsValidOrdersFromEveryProduct() throws IOException {
        ObjectNode request = JSON.createObjectNode().put("requestId", "fixture-sync-" + System.nanoTime()).put("posAccountId", ACCOUNT);
        request.putObject("store").put("posStoreId", "AHHOCK-MAXWELL-01").put("name", "Ah Hock Hainanese Chicken Rice");
        request.set("products", catalog().path("products"));

        SignedHttp.Answer answer = SignedHttp.asPos(server.getURI()).post("/v2/pos/syncProduct", JSON.writeValueAsString(request));

        assertEquals("S", answer.resultStatus(), answer.body());
        Catalog synced = catalogs.find(new StoreKey(ACCOUNT, "AHHOCK-MAXWELL-01")).orElseThrow();
        assertEquals(24, synced.products().size());
        OrderGenerator generator = new OrderGenerator(List.of(synced), ZoneId.of("Asia/Singapore"));
        Set<String> ordered = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            CreateOrderRequest order = generator.generate("F" + i, new OrderProfile(null, null, null, 1), i, Instant.now(), c -> true)
                    .orElseThrow();
            for (OrderProduct line : order.getOrderProducts()) {
                ordered.add(line.getPosProductId());
                assertEquals(line.getQuantity() * CreateOrderAmounts.unitAmount(line.getUnitPrice(), line.getModifiers()),
                        (long) line.getTotalAmount().getValue(), "line total");
                if (synced.products().get(line.getPosProductId()).modifierGroups().stream().anyMatch(g -> g.groupId().equals("MG-CHILLI"))) {
                    assertEquals(1, modifiers(line, "MG-CHILLI"), "the chilli choice is required and single: " + line);
                }
            }
        }
        Set<String> singles = new HashSet<>();
        synced.products().values().stream().filter(p -> p.type().equals("SINGLE")).forEach(p -> singles.add(p.posProductId()));
        assertEquals(singles, ordered, "every SINGLE product can be ordered, its required modifier choices included");
    }

    @Test
    void theCatalogIsTheStoresMenuOneProductPerSkuAndPerModifier() throws IOException {
        JsonNode store = store();
        Map<String, JsonNode> products = new LinkedHashMap<>();
        catalog().path("products").forEach(product -> products.put(product.path("posProductId").asText(), product));
        Map<String, JsonNode> expectedSingles = new LinkedHashMap<>();
        Map<String, JsonNode> childItems = new LinkedHashMap<>();
        Map<String, List<String>> itemsPerMenu = new LinkedHashMap<>();
        String storeId = store.path("storeInfo").path("storeId").asText();

        for (JsonNode menu : store.path("menus")) {
            String menuId = menu.path("menuInfo").path("menuId").asText();
            assertEquals(storeId, menu.path("menuInfo").path("storeId").asText(), menuId);
            List<String> items = new ArrayList<>();
            for (JsonNode category : menu.path("categories")) {
                assertEquals(menuId, category.path("categoryInfo").path("menuId").asText(), "category of " + menuId);
                for (JsonNode item : category.path("items")) {
                    JsonNode info = item.path("itemInfo");
                    items.add(info.path("itemId").asText());
                    assertEquals(category.path("categoryInfo").path("categoryId").asText(), item.path("categoryId").asText());
                    List<JsonNode> variants = new ArrayList<>();
                    info.path("skus").forEach(variants::add);
                    if (variants.isEmpty()) {
                        expectedSingles.put(info.path("itemId").asText(), expectation(info.path("priceInfo"), item, category));
                    }
                    for (JsonNode sku : variants) {
                        skuPairsExist(info, sku);
                        expectedSingles.put(sku.path("skuId").asText(), expectation(sku.path("priceInfo"), item, category));
                    }
                    collectChildren(item.path("modifierGroups"), childItems);
                }
            }
            itemsPerMenu.put(menuId, items);
        }

        assertEquals(1, new HashSet<>(itemsPerMenu.values()).size(), "every menu offers the same items: " + itemsPerMenu);
        List<String> singles = products.values().stream().filter(p -> p.path("type").asText().equals("SINGLE"))
                .map(p -> p.path("posProductId").asText()).toList();
        assertEquals(Set.copyOf(expectedSingles.keySet()), Set.copyOf(singles), "one SINGLE product per SKU or SKU-less item");
        for (Map.Entry<String, JsonNode> expected : expectedSingles.entrySet()) {
            JsonNode product = products.get(expected.getKey());
            assertEquals(expected.getValue().path("price").toString(), product.path("price").toString(), expected.getKey());
            assertEquals(expected.getValue().path("categoryName"), product.path("categoryName"), expected.getKey());
            assertTrue(product.path("name").asText().startsWith(expected.getValue().path("title").asText()), expected.getKey());
            assertEquals(expected.getValue().path("modifierGroups"), groups(product), expected.getKey());
        }
        List<String> modifiers = products.values().stream().filter(p -> p.path("type").asText().equals("MODIFIER"))
                .map(p -> p.path("posProductId").asText()).toList();
        assertEquals(Set.copyOf(childItems.keySet()), Set.copyOf(modifiers), "one MODIFIER product per modifier child item");
        for (Map.Entry<String, JsonNode> child : childItems.entrySet()) {
            JsonNode product = products.get(child.getKey());
            JsonNode info = child.getValue().path("itemInfo");
            assertEquals(info.path("itemTitle").asText(), product.path("name").asText(), child.getKey());
            assertEquals(info.path("priceInfo").path("saleAmount").asLong(), product.path("price").path("value").asLong(), child.getKey());
            assertEquals(groups(child.getValue().path("modifierGroups")), groups(product), child.getKey());
        }
        for (JsonNode recommended : store.path("storeInfo").path("recommendItemIds")) {
            assertTrue(itemsPerMenu.values().iterator().next().contains(recommended.asText()), "recommended " + recommended);
        }
    }

    /** What the catalog must say about one SINGLE product, from the store's item (and SKU) it stands for. */
    private static JsonNode expectation(JsonNode priceInfo, JsonNode item, JsonNode category) {
        ObjectNode expected = JSON.createObjectNode();
        expected.putObject("price").put("value", priceInfo.path("saleAmount").asLong()).put("currency", priceInfo.path("currency").asText());
        expected.put("categoryName", category.path("categoryInfo").path("title").asText());
        expected.put("title", item.path("itemInfo").path("itemTitle").asText());
        expected.set("modifierGroups", groups(item.path("modifierGroups")));
        return expected;
    }

    /** Modifier groups in one comparable shape: pds groups (quantityRule, childItems) and catalog groups alike. */
    private static JsonNode groups(JsonNode groupsOrProduct) {
        JsonNode groups = groupsOrProduct.has("posProductId") ? groupsOrProduct.path("modifierGroups") : groupsOrProduct;
        var list = JSON.createArrayNode();
        for (JsonNode group : groups) {
            ObjectNode shape = list.addObject();
            if (group.has("modifierGroupInfo")) {
                JsonNode info = group.path("modifierGroupInfo");
                shape.put("groupId", info.path("groupId").asText()).put("name", info.path("groupName").asText())
                        .put("min", info.path("quantityRule").path("min").asInt()).put("max", info.path("quantityRule").path("max").asInt());
                var ids = shape.putArray("children");
                group.path("childItems").forEach(child -> ids.add(child.path("itemInfo").path("itemId").asText()));
            } else {
                shape.put("groupId", group.path("groupId").asText()).put("name", group.path("name").asText())
                        .put("min", group.path("minSelect").asInt()).put("max", group.path("maxSelect").asInt());
                shape.set("children", group.path("modifierProductIds"));
            }
        }
        return list;
    }

    private static void collectChildren(JsonNode groups, Map<String, JsonNode> into) {
        for (JsonNode group : groups) {
            for (JsonNode child : group.path("childItems")) {
                into.put(child.path("itemInfo").path("itemId").asText(), child);
                collectChildren(child.path("modifierGroups"), into);
            }
        }
    }

    private static void skuPairsExist(JsonNode info, JsonNode sku) {
        Map<String, Set<String>> allowed = new HashMap<>();
        for (JsonNode group : info.path("skuPropertyGroups")) {
            Set<String> values = new HashSet<>();
            group.path("properties").forEach(p -> values.add(p.path("propertyValue").asText()));
            allowed.put(group.path("propertyGroupKey").asText(), values);
        }
        assertFalse(sku.path("skuPropertyPairs").isEmpty(), sku.toString());
        sku.path("skuPropertyPairs").fields().forEachRemaining(pair -> {
            assertNotNull(allowed.get(pair.getKey()), "SKU " + sku.path("skuId") + " names an unknown property group " + pair.getKey());
            assertTrue(allowed.get(pair.getKey()).contains(pair.getValue().asText()), "SKU " + sku.path("skuId") + ": " + pair);
        });
    }

    private static long modifiers(OrderProduct line, String groupId) {
        List<OrderProductModifier> modifiers = line.getModifiers() == null ? List.of() : line.getModifiers();
        return modifiers.stream().filter(m -> groupId.equals(m.getGroupId())).count();
    }

    static JsonNode store() throws IOException {
        return resource("sandbox/hawker-stall-store.json");
    }

    static JsonNode catalog() throws IOException {
        return resource("sandbox/hawker-stall-catalog.json");
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = HawkerStallFixtureTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return JSON.readTree(in);
        }
    }
}

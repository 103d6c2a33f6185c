package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;
import dev.dstorekit.simulator.catalog.Money;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the storefront's menu. The layout (categories, items, SKUs and their properties) comes from the addStore
 * menu when the POS sent one, otherwise from the synced products' categoryName; what can be ordered, at which price
 * and with which modifier groups always comes from syncProduct, because createOrder names synced products. A SKU
 * missing from the catalog or not AVAILABLE there is sold out.
 */
final class MenuBuilder {

    private MenuBuilder() {
    }

    static MenuView build(Catalog catalog, @Nullable JsonNode pdsStore) {
        String currency = currency(catalog);
        JsonNode menu = pdsStore == null ? null : firstMenu(pdsStore);
        List<MenuView.Category> categories = menu == null ? fromCatalog(catalog) : fromMenu(catalog, menu);
        return new MenuView(currency, categories);
    }

    /** The pickup menu if there is one, else the first (the storefront shows one menu). */
    private static JsonNode firstMenu(JsonNode pdsStore) {
        JsonNode first = null;
        for (JsonNode menu : pdsStore.path("menus")) {
            if ("PICKUP".equals(menu.path("menuInfo").path("menuType").asText())) {
                return menu;
            }
            first = first == null ? menu : first;
        }
        return first;
    }

    private static List<MenuView.Category> fromMenu(Catalog catalog, JsonNode menu) {
        List<MenuView.Category> categories = new ArrayList<>();
        for (JsonNode category : menu.path("categories")) {
            List<MenuView.Item> items = new ArrayList<>();
            for (JsonNode item : category.path("items")) {
                JsonNode info = item.path("itemInfo");
                List<MenuView.Sku> skus = new ArrayList<>();
                if (info.path("skus").isEmpty()) {
                    skus.add(sku(catalog, info.path("itemId").asText(), info.path("itemTitle").asText(), "UNAVAILABLE".equals(info.path("itemStatus").asText())));
                }
                for (JsonNode sku : info.path("skus")) {
                    List<String> pairs = new ArrayList<>();
                    sku.path("skuPropertyPairs").fields().forEachRemaining(pair -> pairs.add(pair.getValue().asText()));
                    skus.add(sku(catalog, sku.path("skuId").asText(), pairs.isEmpty() ? sku.path("skuId").asText() : String.join(", ", pairs),
                            "UNAVAILABLE".equals(info.path("itemStatus").asText())));
                }
                List<String> groups = new ArrayList<>();
                info.path("skuPropertyGroups").forEach(group -> groups.add(group.path("propertyGroupName").asText()));
                items.add(item(info.path("itemId").asText(), info.path("itemTitle").asText(), text(info.path("itemDescription")), catalog, groups, skus));
            }
            JsonNode categoryInfo = category.path("categoryInfo");
            categories.add(new MenuView.Category(categoryInfo.path("title").asText(categoryInfo.path("categoryId").asText()),
                    text(categoryInfo.path("subTitle")), items));
        }
        return categories;
    }

    private static List<MenuView.Category> fromCatalog(Catalog catalog) {
        Map<String, List<MenuView.Item>> byCategory = new LinkedHashMap<>();
        for (CatalogProduct product : catalog.products().values()) {
            if (!"SINGLE".equals(product.type())) {
                continue;
            }
            MenuView.Sku sku = sku(catalog, product.posProductId(), name(product), false);
            byCategory.computeIfAbsent(Objects.requireNonNullElse(product.categoryName(), "Menu"), name -> new ArrayList<>())
                    .add(item(product.posProductId(), name(product), null, catalog, List.of(), List.of(sku)));
        }
        List<MenuView.Category> categories = new ArrayList<>();
        byCategory.forEach((name, items) -> categories.add(new MenuView.Category(name, null, items)));
        return categories;
    }

    private static MenuView.Item item(String itemId, String title, @Nullable String description, Catalog catalog,
                                      List<String> propertyGroups, List<MenuView.Sku> skus) {
        MenuView.Sku shown = skus.stream().filter(sku -> !sku.soldOut()).findFirst().orElse(skus.isEmpty() ? null : skus.get(0));
        CatalogProduct product = shown == null ? null : catalog.products().get(shown.posProductId());
        List<MenuView.Group> groups = product == null ? List.of() : groups(catalog, product);
        boolean soldOut = skus.stream().allMatch(MenuView.Sku::soldOut);
        return new MenuView.Item(itemId, title, description, shown == null ? "" : shown.price(), soldOut, propertyGroups, skus, groups);
    }

    private static MenuView.Sku sku(Catalog catalog, String posProductId, String label, boolean menuSaysUnavailable) {
        CatalogProduct product = catalog.products().get(posProductId);
        boolean orderable = product != null && product.available() && product.price() != null && !menuSaysUnavailable;
        return new MenuView.Sku(posProductId, label, price(product), product == null || product.price() == null ? 0 : product.price().value(), !orderable);
    }

    static List<MenuView.Group> groups(Catalog catalog, CatalogProduct product) {
        List<MenuView.Group> groups = new ArrayList<>();
        for (ModifierGroupRule rule : product.modifierGroups()) {
            List<MenuView.Option> options = new ArrayList<>();
            for (String id : rule.modifierProductIds()) {
                CatalogProduct modifier = catalog.products().get(id);
                boolean orderable = modifier != null && modifier.available() && modifier.price() != null && !needsNestedChoice(modifier);
                options.add(new MenuView.Option(id, modifier == null ? id : name(modifier), price(modifier),
                        modifier == null || modifier.price() == null ? 0 : modifier.price().value(), !orderable));
            }
            groups.add(new MenuView.Group(rule.groupId(), rule.name(), rule.minSelect(), rule.maxSelect(), rule(rule), options));
        }
        return groups;
    }

    /** A modifier with a required choice of its own: the storefront offers one level of modifiers, so not this one. */
    static boolean needsNestedChoice(CatalogProduct modifier) {
        return modifier.modifierGroups().stream().anyMatch(group -> group.minSelect() > 0);
    }

    /** The group's rule in words: {@code choose 1}, {@code up to 3}, {@code 1 to 2}. */
    static String rule(ModifierGroupRule rule) {
        Integer max = rule.maxSelect();
        if (max != null && max == rule.minSelect()) {
            return "choose " + max;
        }
        if (rule.minSelect() == 0) {
            return max == null ? "optional" : "up to " + max;
        }
        return max == null ? "at least " + rule.minSelect() : rule.minSelect() + " to " + max;
    }

    private static String name(CatalogProduct product) {
        return product.name() == null ? product.posProductId() : product.name();
    }

    private static String price(@Nullable CatalogProduct product) {
        return product == null || product.price() == null ? "" : product.price().display();
    }

    /** The currency most of the catalog's prices use (an order has one currency). */
    static String currency(Catalog catalog) {
        Map<String, Integer> counts = new HashMap<>();
        catalog.products().values().stream().map(CatalogProduct::price).filter(Objects::nonNull)
                .map(Money::currency).forEach(currency -> counts.merge(currency, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("SGD");
    }

    @Nullable
    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}

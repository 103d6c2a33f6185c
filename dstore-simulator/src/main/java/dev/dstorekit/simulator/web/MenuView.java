package dev.dstorekit.simulator.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A store's menu as the storefront shows it: what the customer sees and what can be ordered. */
record MenuView(String currency, List<Category> categories) {

    record Category(String title, @Nullable String subTitle, List<Item> items) {
    }

    /**
     * An item; each SKU is a product the POS synced (a single-SKU item is its own product).
     *
     * @param soldOut no SKU can be ordered
     */
    record Item(String itemId, String title, @Nullable String description, String price, boolean soldOut,
                List<String> propertyGroups, List<Sku> skus, List<Group> groups) {
    }

    /** @param properties e.g. {@code Size: Upsize} */
    record Sku(String posProductId, String label, String price, long amount, boolean soldOut) {
    }

    /** A modifier group and its rule, e.g. choose exactly 1. */
    record Group(String groupId, String name, int min, @Nullable Integer max, String rule, List<Option> options) {

        /** A single choice is a radio group, anything else check boxes. */
        public boolean single() {
            return max != null && max == 1;
        }
    }

    record Option(String posProductId, String name, String price, long amount, boolean soldOut) {
    }
}

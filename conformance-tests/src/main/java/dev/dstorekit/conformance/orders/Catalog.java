package dev.dstorekit.conformance.orders;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The products the suite orders: the configured ids (with made-up prices), or what the POS synced to the
 * embedded D-Store endpoint (SINGLE products on sale as lines, MODIFIER products on sale as modifiers).
 *
 * @param products  products ordered as lines; never empty
 * @param modifiers products ordered as modifiers; may be empty
 * @param source    where the products came from, for the report
 */
public record Catalog(List<Product> products, List<Product> modifiers, String source) {

    /** Id used when nothing is configured or learned; the spec says an unknown product must still be accepted. */
    public static final String PLACEHOLDER_PRODUCT = "CONFORMANCE-UNKNOWN-PRODUCT";

    /** A product and the price the suite pays for one unit, in minor units. */
    public record Product(String posProductId, String name, long price, String currency) {
    }

    public Catalog {
        products = List.copyOf(products);
        modifiers = List.copyOf(modifiers);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one product");
        }
    }

    public static Catalog configured(List<String> productIds, String currency) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) {
            products.add(new Product(productIds.get(i), "Product " + productIds.get(i), 450 + 100L * i, currency));
        }
        return new Catalog(products, List.of(), "configured product ids");
    }

    public static Catalog placeholder(String currency) {
        return new Catalog(List.of(new Product(PLACEHOLDER_PRODUCT, "Conformance test product", 450, currency)),
                List.of(), "placeholder (no product ids configured and no syncProduct received)");
    }

    /** From a syncProduct body, if it offers at least one SINGLE product on sale. */
    public static java.util.Optional<Catalog> fromSyncProduct(JsonNode body, String fallbackCurrency) {
        List<Product> products = new ArrayList<>();
        List<Product> modifiers = new ArrayList<>();
        for (JsonNode product : body.path("products")) {
            if (!"AVAILABLE".equals(product.path("status").asText()) || !product.path("posProductId").isTextual()) {
                continue;
            }
            Product p = new Product(product.path("posProductId").asText(),
                    product.path("name").asText(product.path("posProductId").asText()),
                    product.path("price").path("value").asLong(450),
                    product.path("price").path("currency").asText(fallbackCurrency));
            switch (product.path("type").asText()) {
                case "SINGLE" -> products.add(p);
                case "MODIFIER" -> modifiers.add(p);
                default -> { }
            }
        }
        if (products.isEmpty()) {
            return java.util.Optional.empty();
        }
        String currency = products.get(0).currency();
        return java.util.Optional.of(new Catalog(products,
                modifiers.stream().filter(m -> m.currency().equals(currency)).toList(),
                "syncProduct " + body.path("requestId").asText()));
    }

    public Product first() {
        return products.get(0);
    }

    /** The second product if there is one, else the first. */
    public Product second() {
        return products.size() > 1 ? products.get(1) : products.get(0);
    }
}

package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The lines of a generated order, from what a catalog really offers: AVAILABLE SINGLE products priced in the
 * catalog's currency, with modifier choices that respect each group's min/max selections (nested up to
 * {@link #MAX_DEPTH}), and totals per {@link CreateOrderAmounts}.
 */
final class OrderLines {

    /** Modifier nesting deeper than this is not generated (a set's drink inside a set is plenty). */
    private static final int MAX_DEPTH = 2;
    private static final int DEFAULT_MAX_SELECT = 2;

    private OrderLines() {
    }

    static List<OrderProduct> lines(Random random, Catalog catalog, String currency, int minUnits) {
        List<CatalogProduct> orderable = new ArrayList<>(products(catalog));
        int count = Math.min(orderable.size(), 1 + weighted(random, 5, 3, 2));
        List<OrderProduct> lines = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < count; i++) {
            CatalogProduct product = orderable.remove(random.nextInt(orderable.size()));
            int quantity = 1 + weighted(random, 6, 3, 1);
            List<OrderProductModifier> modifiers = modifiers(random, catalog, product, currency, 1);
            lines.add(line(product, quantity, modifiers, currency));
            units += quantity;
        }
        if (units < minUnits) {
            OrderProduct first = lines.get(0);
            lines.set(0, line(catalog.products().get(first.getPosProductId()), first.getQuantity() + minUnits - units,
                    first.getModifiers(), currency));
        }
        if (random.nextInt(6) == 0) {
            lines.get(0).remark(SampleData.LINE_REMARKS.get(random.nextInt(SampleData.LINE_REMARKS.size())));
        }
        return lines;
    }

    private static OrderProduct line(CatalogProduct product, int quantity, List<OrderProductModifier> modifiers, String currency) {
        Amount unitPrice = new Amount((int) product.price().value(), currency);
        long unit = CreateOrderAmounts.unitAmount(unitPrice, modifiers);
        OrderProduct line = new OrderProduct(product.posProductId(), quantity, unitPrice, new Amount((int) (quantity * unit), currency));
        line.name(product.name());
        if (modifiers != null && !modifiers.isEmpty()) {
            line.modifiers(modifiers);
        }
        return line;
    }

    private static List<OrderProductModifier> modifiers(Random random, Catalog catalog, CatalogProduct product, String currency, int depth) {
        List<OrderProductModifier> chosen = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return chosen;
        }
        for (ModifierGroupRule group : product.modifierGroups()) {
            List<CatalogProduct> options = options(catalog, group, currency, depth);
            int max = Math.min(options.size(), group.maxSelect() == null ? DEFAULT_MAX_SELECT : group.maxSelect());
            int min = group.minSelect();
            int k = max <= min ? min : min + random.nextInt(max - min + 1);
            List<CatalogProduct> shuffled = new ArrayList<>(options);
            Collections.shuffle(shuffled, random);
            for (CatalogProduct option : shuffled.subList(0, Math.min(k, shuffled.size()))) {
                OrderProductModifier modifier = new OrderProductModifier(option.posProductId(), 1,
                        new Amount((int) option.price().value(), currency)).name(option.name()).groupId(group.groupId());
                List<OrderProductModifier> nested = modifiers(random, catalog, option, currency, depth + 1);
                if (!nested.isEmpty()) {
                    modifier.modifiers(nested);
                }
                chosen.add(modifier);
            }
        }
        return chosen;
    }

    /** SINGLE, AVAILABLE, priced in the catalog's currency, with every required modifier choice satisfiable. */
    static List<CatalogProduct> products(Catalog catalog) {
        String currency = currency(catalog);
        if (currency == null) {
            return List.of();
        }
        return catalog.products().values().stream()
                .filter(p -> "SINGLE".equals(p.type()) && p.available() && priced(p, currency))
                .filter(p -> satisfiable(catalog, p, currency, 0))
                .toList();
    }

    /** Whether every required choice of {@code product} (at nesting {@code level}, 0 = a line) can be made. */
    private static boolean satisfiable(Catalog catalog, CatalogProduct product, String currency, int level) {
        for (ModifierGroupRule group : product.modifierGroups()) {
            if (group.maxSelect() != null && group.maxSelect() < group.minSelect()) {
                return false;
            }
            if (group.minSelect() > 0 && (level + 1 > MAX_DEPTH
                    || options(catalog, group, currency, level + 1).size() < group.minSelect())) {
                return false;
            }
        }
        return true;
    }

    /** The modifiers of {@code group} that can be chosen at nesting {@code level} (1 = a line's modifier). */
    private static List<CatalogProduct> options(Catalog catalog, ModifierGroupRule group, String currency, int level) {
        return group.modifierProductIds().stream().distinct().map(catalog.products()::get).filter(Objects::nonNull)
                .filter(p -> "MODIFIER".equals(p.type()) && p.available() && priced(p, currency))
                .filter(p -> satisfiable(catalog, p, currency, level))
                .toList();
    }

    private static boolean priced(CatalogProduct product, String currency) {
        return product.price() != null && currency.equals(product.price().currency())
                && product.price().value() >= 0 && product.price().value() <= 1_000_000;
    }

    /** The currency most of the catalog's prices use (one currency per order). */
    static String currency(Catalog catalog) {
        Map<String, Integer> counts = new HashMap<>();
        catalog.products().values().stream().filter(p -> p.price() != null)
                .forEach(p -> counts.merge(p.price().currency(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** 0, 1 or 2 with the given weights. */
    private static int weighted(Random random, int w0, int w1, int w2) {
        int roll = random.nextInt(w0 + w1 + w2);
        return roll < w0 ? 0 : roll < w0 + w1 ? 1 : 2;
    }
}

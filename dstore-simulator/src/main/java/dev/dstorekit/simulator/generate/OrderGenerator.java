package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.AddressDetail;
import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.Customer;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderAmountDetail;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.OrderProductModifier;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Builds paid orders from the catalogs the POS really synced: only stores with an orderable catalog, real
 * posProductIds of AVAILABLE products, modifier group rules respected (min/max selections, nested choices),
 * amounts in minor units that add up per {@link AmountRule}, channel and service type per the profile, a customer
 * only where the channel gives one, an address for deliveries and a table for dine-in. The same seed, catalogs and
 * clock give the same order.
 */
public final class OrderGenerator {

    /** Modifier nesting deeper than this is not generated (a set's drink inside a set is plenty). */
    private static final int MAX_DEPTH = 2;
    private static final int DEFAULT_MAX_SELECT = 2;

    private final List<Catalog> catalogs;
    private final ZoneId zone;

    /**
     * @param catalogs the stores orders may go to; those without an orderable product are ignored
     * @param zone     the zone of the order times (D-Store: Asia/Singapore)
     */
    public OrderGenerator(List<Catalog> catalogs, ZoneId zone) {
        this.catalogs = catalogs.stream().filter(OrderGenerator::orderable).sorted((a, b) -> a.store().compareTo(b.store())).toList();
        this.zone = zone;
    }

    /** Whether any order can be built from this catalog. */
    public static boolean orderable(Catalog catalog) {
        return catalog.store().posAccountId().length() <= 64 && !products(catalog).isEmpty();
    }

    public boolean hasStores() {
        return !catalogs.isEmpty();
    }

    public List<Catalog> stores() {
        return catalogs;
    }

    /**
     * @param storeFilter which stores this order may go to (e.g. not those known to auto-accept)
     * @return empty when no store passes the filter
     */
    public Optional<CreateOrderRequest> generate(String requestOrderId, OrderProfile profile, long seed, Instant now,
                                                 Predicate<Catalog> storeFilter) {
        List<Catalog> candidates = catalogs.stream().filter(storeFilter).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Random random = new Random(seed);
        Catalog catalog = candidates.get(random.nextInt(candidates.size()));
        OrderChannel channel = pick(random, profile.channels());
        ServiceType serviceType = serviceType(random, profile.serviceTypes(), channel);
        String currency = currency(catalog);

        List<OrderProduct> lines = lines(random, catalog, currency, profile.minUnits());
        long productAmount = lines.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
        OrderAmountDetail detail = new OrderAmountDetail().productAmount(new Amount((int) productAmount, currency));
        long orderAmount = productAmount;
        if (serviceType != ServiceType.DINEIN && random.nextInt(2) == 0) {
            int packaging = 10 * (2 + random.nextInt(5));
            detail.packagingFee(new Amount(packaging, currency));
            orderAmount += packaging;
        }
        if (serviceType == ServiceType.DELIVERY) {
            int fee = 299 + 100 * random.nextInt(4);
            detail.deliveryFee(new Amount(fee, currency));
            orderAmount += fee;
        }
        if (random.nextInt(4) == 0 && productAmount >= 400) {
            int discount = (int) Math.min(300, productAmount / 4) / 10 * 10;
            if (discount > 0) {
                detail.discountAmount(new Amount(discount, currency));
                orderAmount -= discount;
            }
        }

        OffsetDateTime orderTime = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.SECONDS), zone);
        int minutesAhead = switch (serviceType) {
            case PICKUP -> 15 + 5 * random.nextInt(7);
            case DINEIN -> 5 + 5 * random.nextInt(4);
            case DELIVERY -> 30 + 5 * random.nextInt(7);
        };
        OffsetDateTime expected = orderTime.plus(Duration.ofMinutes(minutesAhead)).truncatedTo(ChronoUnit.MINUTES);

        CreateOrderRequest order = new CreateOrderRequest(requestOrderId, catalog.store().posAccountId(),
                catalog.store().posStoreId(), channel, channelOrderId(random, channel, requestOrderId), serviceType,
                expected, lines, new Amount((int) orderAmount, currency))
                .amountDetail(detail)
                .orderTime(orderTime);
        customer(random, channel).ifPresent(order::customer);
        if (serviceType == ServiceType.DELIVERY) {
            order.deliveryAddress(copy(SampleData.ADDRESSES.get(random.nextInt(SampleData.ADDRESSES.size()))));
            order.deliveryProvider(profile.deliveryProvider() != null ? profile.deliveryProvider()
                    : channel == OrderChannel.DSTORE ? DeliveryProvider.MERCHANT : DeliveryProvider.CHANNEL);
        }
        if (serviceType == ServiceType.DINEIN) {
            order.tableNo((char) ('A' + random.nextInt(4)) + String.valueOf(1 + random.nextInt(30)));
        }
        if (random.nextInt(5) == 0) {
            order.orderRemark(SampleData.ORDER_REMARKS.get(random.nextInt(SampleData.ORDER_REMARKS.size())));
        }
        return Optional.of(order);
    }

    // ---- lines --------------------------------------------------------------------------------------------------

    private static List<OrderProduct> lines(Random random, Catalog catalog, String currency, int minUnits) {
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
        long unit = AmountRule.unitAmount(unitPrice, modifiers);
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
    private static List<CatalogProduct> products(Catalog catalog) {
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
    private static String currency(Catalog catalog) {
        Map<String, Integer> counts = new HashMap<>();
        catalog.products().values().stream().filter(p -> p.price() != null)
                .forEach(p -> counts.merge(p.price().currency(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    // ---- the rest of the order ----------------------------------------------------------------------------------

    private static ServiceType serviceType(Random random, List<ServiceType> wanted, OrderChannel channel) {
        List<ServiceType> possible = wanted.stream().filter(type -> type != ServiceType.DINEIN || channel == OrderChannel.DSTORE).toList();
        return possible.isEmpty() ? ServiceType.PICKUP : pick(random, possible);
    }

    private static String channelOrderId(Random random, OrderChannel channel, String requestOrderId) {
        return switch (channel) {
            case DSTORE -> requestOrderId;
            case GRABFOOD -> "GF-" + digits(random, 4) + "-" + digits(random, 4) + "-" + digits(random, 4);
            case FOODPANDA -> "fp-" + Long.toString(1_000_000_000L + random.nextInt(1_000_000_000), 36);
        };
    }

    /** DSTORE always has the buyer; GrabFood shares them half the time; foodpanda never. */
    private static Optional<Customer> customer(Random random, OrderChannel channel) {
        boolean present = switch (channel) {
            case DSTORE -> true;
            case GRABFOOD -> random.nextBoolean();
            case FOODPANDA -> false;
        };
        if (!present) {
            return Optional.empty();
        }
        SampleData.Person person = SampleData.PEOPLE.get(random.nextInt(SampleData.PEOPLE.size()));
        Customer customer = new Customer().name(person.name()).phoneNo(person.phoneNo());
        if (person.email() != null) {
            customer.email(person.email());
        }
        return Optional.of(customer);
    }

    private static AddressDetail copy(AddressDetail a) {
        return new AddressDetail().addressDetail(a.getAddressDetail()).blockNo(a.getBlockNo()).floorNo(a.getFloorNo())
                .unitNo(a.getUnitNo()).postCode(a.getPostCode()).latitude(a.getLatitude()).longitude(a.getLongitude())
                .additionalInformation(a.getAdditionalInformation());
    }

    private static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** 0, 1 or 2 with the given weights. */
    private static int weighted(Random random, int w0, int w1, int w2) {
        int roll = random.nextInt(w0 + w1 + w2);
        return roll < w0 ? 0 : roll < w0 + w1 ? 1 : 2;
    }
}

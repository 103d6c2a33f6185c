package dev.dstorekit.simulator.generate;

import dev.dstorekit.api.pos.model.AddressDetail;
import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.CreateOrderRequest;
import dev.dstorekit.api.pos.model.Customer;
import dev.dstorekit.api.pos.model.DeliveryProvider;
import dev.dstorekit.api.pos.model.OrderAmountDetail;
import dev.dstorekit.api.pos.model.OrderChannel;
import dev.dstorekit.api.pos.model.OrderProduct;
import dev.dstorekit.api.pos.model.ServiceType;
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Builds paid orders from the catalogs the POS really synced: only stores with an orderable catalog, real
 * posProductIds of AVAILABLE products, modifier group rules respected (min/max selections, nested choices: the
 * {@link OrderLines}), amounts in minor units that add up per {@link CreateOrderAmounts}, channel and service type per the
 * profile, a customer only where the channel gives one, an address for deliveries and a table for dine-in. The same
 * seed, catalogs and clock give the same order.
 */
public final class OrderGenerator {

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
        return catalog.store().posAccountId().length() <= 64 && !OrderLines.products(catalog).isEmpty();
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
        String currency = OrderLines.currency(catalog);

        List<OrderProduct> lines = OrderLines.lines(random, catalog, currency, profile.minUnits());
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
}

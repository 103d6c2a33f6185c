package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.dstorekit.contract.CreateOrderAmounts;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogProduct;
import dev.dstorekit.simulator.catalog.ModifierGroupRule;
import dev.dstorekit.simulator.catalog.Money;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a storefront basket into the createOrder D-Store would send: only AVAILABLE synced products, every modifier
 * group's min/max respected (one level of modifiers: a modifier that requires choices of its own is refused), amounts per {@link CreateOrderAmounts} in the catalog's currency, the delivery fee of the store's
 * nearest DELIVERY_DISTANCE tier (free above its EXEMPTION threshold), and the minimum order amounts of the pickup
 * and delivery rules. A basket that breaks a rule is refused with a message naming the line.
 */
final class Checkout {

    static final int MAX_QUANTITY = 99;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The order, or null with the quote's problem. */
    record Priced(@Nullable CreateOrderRequest request, Quote quote) {
    }

    private final Catalog catalog;
    @Nullable
    private final JsonNode pdsStore;
    private final ZoneId zone;

    Checkout(Catalog catalog, @Nullable JsonNode pdsStore, ZoneId zone) {
        this.catalog = catalog;
        this.pdsStore = pdsStore;
        this.zone = zone;
    }

    Priced price(Basket basket, String requestOrderId, OffsetDateTime now) {
        String currency = MenuBuilder.currency(catalog);
        try {
            ServiceType serviceType = serviceType(basket.serviceType());
            List<OrderProduct> lines = lines(basket, currency);
            long productAmount = lines.stream().mapToLong(line -> line.getTotalAmount().getValue()).sum();
            OrderAmountDetail detail = new OrderAmountDetail().productAmount(new Amount((int) productAmount, currency));
            long deliveryFee = 0;
            if (serviceType == ServiceType.DELIVERY) {
                deliveryFee = deliveryFee(productAmount, currency);
                detail.deliveryFee(new Amount((int) deliveryFee, currency));
            }
            long orderAmount = productAmount + deliveryFee;
            OffsetDateTime expected = fulfilment(serviceType, basket, now);
            CreateOrderRequest request = new CreateOrderRequest(requestOrderId, catalog.store().posAccountId(), catalog.store().posStoreId(),
                    OrderChannel.DSTORE, requestOrderId, serviceType, expected, lines, new Amount((int) orderAmount, currency))
                    .amountDetail(detail).orderTime(now.truncatedTo(ChronoUnit.SECONDS));
            customer(basket).ifPresent(request::customer);
            if (serviceType == ServiceType.DINEIN) {
                request.tableNo(required(basket.tableNo(), "tableNo: the table number is required for dine-in"));
            }
            if (serviceType == ServiceType.DELIVERY) {
                request.deliveryAddress(new AddressDetail().addressDetail(required(basket.address(), "address: a delivery address is required")));
                request.deliveryProvider(DeliveryProvider.MERCHANT);
            }
            if (notBlank(basket.remark())) {
                request.orderRemark(basket.remark().strip());
            }
            List<String> problems = CreateOrderAmounts.mismatches(request);
            if (!problems.isEmpty()) {
                throw new BasketProblem("the amounts do not add up: " + problems);
            }
            Quote quote = quote(request, currency, null);
            String minimum = minimum(serviceType, productAmount, currency);
            return minimum == null ? new Priced(request, quote) : new Priced(null, quote(request, currency, minimum));
        } catch (BasketProblem problem) {
            return new Priced(null, new Quote(List.of(), money(0, currency), null, null, money(0, currency), problem.getMessage()));
        }
    }

    private List<OrderProduct> lines(Basket basket, String currency) throws BasketProblem {
        if (basket.lines() == null || basket.lines().isEmpty()) {
            throw new BasketProblem("lines: the basket is empty; choose an item");
        }
        List<OrderProduct> lines = new ArrayList<>();
        for (int i = 0; i < basket.lines().size(); i++) {
            Basket.Line line = basket.lines().get(i);
            String path = "lines[" + i + "]";
            CatalogProduct product = orderable(line.posProductId(), "SINGLE", currency, path);
            int quantity = line.quantity() == null ? 1 : line.quantity();
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new BasketProblem(path + ".quantity: between 1 and " + MAX_QUANTITY);
            }
            List<OrderProductModifier> modifiers = modifiers(product, line.modifiers() == null ? List.of() : line.modifiers(), currency, path);
            Amount unitPrice = new Amount((int) product.price().value(), currency);
            OrderProduct orderLine = new OrderProduct(product.posProductId(), quantity, unitPrice,
                    new Amount((int) (quantity * CreateOrderAmounts.unitAmount(unitPrice, modifiers)), currency)).name(product.name());
            if (!modifiers.isEmpty()) {
                orderLine.modifiers(modifiers);
            }
            lines.add(orderLine);
        }
        return lines;
    }

    private List<OrderProductModifier> modifiers(CatalogProduct product, List<String> chosen, String currency, String path) throws BasketProblem {
        Set<String> unplaced = new HashSet<>(chosen);
        if (unplaced.size() != chosen.size()) {
            throw new BasketProblem(path + ".modifiers: a modifier is chosen twice");
        }
        List<OrderProductModifier> modifiers = new ArrayList<>();
        for (ModifierGroupRule group : product.modifierGroups()) {
            List<String> inGroup = chosen.stream().filter(group.modifierProductIds()::contains).filter(unplaced::contains).toList();
            if (inGroup.size() < group.minSelect() || (group.maxSelect() != null && inGroup.size() > group.maxSelect())) {
                throw new BasketProblem(path + ".modifiers: " + group.name() + ": " + MenuBuilder.rule(group) + " (" + inGroup.size() + " chosen)");
            }
            for (String id : inGroup) {
                CatalogProduct modifier = orderable(id, "MODIFIER", currency, path + ".modifiers");
                if (MenuBuilder.needsNestedChoice(modifier)) {
                    throw new BasketProblem(path + ".modifiers: " + id + " needs a choice of its own, which the storefront does not offer");
                }
                unplaced.remove(id);
                modifiers.add(new OrderProductModifier(id, 1, new Amount((int) modifier.price().value(), currency))
                        .name(modifier.name()).groupId(group.groupId()));
            }
        }
        if (!unplaced.isEmpty()) {
            throw new BasketProblem(path + ".modifiers: " + unplaced + " not offered with " + product.posProductId());
        }
        return modifiers;
    }

    private CatalogProduct orderable(@Nullable String posProductId, String type, String currency, String path) throws BasketProblem {
        CatalogProduct product = posProductId == null ? null : catalog.products().get(posProductId);
        if (product == null || !type.equals(product.type())) {
            throw new BasketProblem(path + ": " + posProductId + " is not a " + type + " product of this store's catalog");
        }
        if (!product.available()) {
            throw new BasketProblem(path + ": " + (product.name() == null ? posProductId : product.name()) + " is sold out");
        }
        if (product.price() == null || !currency.equals(product.price().currency())) {
            throw new BasketProblem(path + ": " + posProductId + " has no price in " + currency);
        }
        return product;
    }

    private OffsetDateTime fulfilment(ServiceType serviceType, Basket basket, OffsetDateTime now) throws BasketProblem {
        if (serviceType != ServiceType.PICKUP) {
            return now.plusMinutes(serviceType == ServiceType.DELIVERY ? 45 : 10).truncatedTo(ChronoUnit.MINUTES).atZoneSameInstant(zone).toOffsetDateTime();
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(required(basket.pickupTime(), "pickupTime: choose a pickup time"));
            if (time.isBefore(now)) {
                throw new BasketProblem("pickupTime: " + time + " has passed; choose a later one");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new BasketProblem("pickupTime: not a date-time");
        }
    }

    private long deliveryFee(long productAmount, String currency) {
        JsonNode tier = firstTier();
        if (tier == null || !currency.equals(tier.path("fee").path("currency").asText(currency))) {
            return 0;
        }
        for (JsonNode discount : tier.path("discounts")) {
            if ("EXEMPTION".equals(discount.path("discountType").asText())
                    && productAmount >= discount.path("orderThresholdAmount").path("amountValue").asLong(Long.MAX_VALUE)) {
                return 0;
            }
        }
        return tier.path("fee").path("amountValue").asLong(0);
    }

    /** Why the order is below the store's minimum for this service, or null. */
    @Nullable
    private String minimum(ServiceType serviceType, long productAmount, String currency) {
        JsonNode minimum = null;
        if (serviceType == ServiceType.PICKUP) {
            for (JsonNode entry : rule("PICKUP_RULE")) {
                minimum = entry.has("minimumOrderAmount") ? entry.get("minimumOrderAmount") : minimum;
            }
        } else if (serviceType == ServiceType.DELIVERY && firstTier() != null) {
            minimum = firstTier().get("minimumOrderAmount");
        }
        if (minimum == null || !currency.equals(minimum.path("currency").asText(currency)) || productAmount >= minimum.path("amountValue").asLong()) {
            return null;
        }
        return "the store's minimum order for " + serviceType.getValue() + " is " + RuleWords.amount(minimum);
    }

    @Nullable
    private JsonNode firstTier() {
        JsonNode tiers = rule("DELIVERY_DISTANCE");
        return tiers.isArray() && !tiers.isEmpty() ? tiers.get(0) : null;
    }

    private JsonNode rule(String scene) {
        if (pdsStore != null) {
            for (JsonNode rule : pdsStore.path("storeInfo").path("businessRule")) {
                if (scene.equals(rule.path("scene").asText())) {
                    try {
                        return JSON.readTree(rule.path("ruleData").asText());
                    } catch (IOException e) {
                        return JSON.createArrayNode();
                    }
                }
            }
        }
        return JSON.createArrayNode();
    }

    private static Quote quote(CreateOrderRequest request, String currency, @Nullable String problem) {
        List<Quote.QuoteLine> lines = new ArrayList<>();
        for (OrderProduct line : request.getOrderProducts()) {
            List<String> modifiers = line.getModifiers() == null ? List.of()
                    : line.getModifiers().stream().map(m -> m.getName() == null ? m.getPosProductId() : m.getName()).toList();
            lines.add(new Quote.QuoteLine(line.getName() == null ? line.getPosProductId() : line.getName(), line.getQuantity(), modifiers,
                    money(line.getTotalAmount().getValue(), currency)));
        }
        OrderAmountDetail detail = request.getAmountDetail();
        return new Quote(lines, money(detail.getProductAmount().getValue(), currency),
                detail.getDeliveryFee() == null ? null : money(detail.getDeliveryFee().getValue(), currency),
                detail.getDiscountAmount() == null ? null : money(detail.getDiscountAmount().getValue(), currency),
                money(request.getOrderAmount().getValue(), currency), problem);
    }

    private static Optional<Customer> customer(Basket basket) {
        if (!notBlank(basket.customerName()) && !notBlank(basket.phoneNo())) {
            return Optional.empty();
        }
        Customer customer = new Customer();
        if (notBlank(basket.customerName())) {
            customer.name(basket.customerName().strip());
        }
        if (notBlank(basket.phoneNo())) {
            customer.phoneNo(basket.phoneNo().strip());
        }
        return Optional.of(customer);
    }

    private static ServiceType serviceType(@Nullable String value) throws BasketProblem {
        try {
            return ServiceType.fromValue(required(value, "serviceType: choose pickup, dine-in or delivery"));
        } catch (IllegalArgumentException e) {
            throw new BasketProblem("serviceType: PICKUP, DINEIN or DELIVERY");
        }
    }

    private static String required(@Nullable String value, String problem) throws BasketProblem {
        if (!notBlank(value)) {
            throw new BasketProblem(problem);
        }
        return value.strip();
    }

    private static boolean notBlank(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String money(long value, String currency) {
        return new Money(value, currency).display();
    }

    /** A basket that cannot be ordered as it is; the message names the line or field. */
    static final class BasketProblem extends Exception {

        BasketProblem(String message) {
            super(message);
        }
    }
}

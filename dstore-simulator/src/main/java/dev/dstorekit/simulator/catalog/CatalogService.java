package dev.dstorekit.simulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.api.pos.model.Amount;
import dev.dstorekit.api.pos.model.Product;
import dev.dstorekit.api.pos.model.ProductModifierGroup;
import dev.dstorekit.api.pos.model.SyncProductRequest;
import dev.dstorekit.simulator.result.Reply;
import dev.dstorekit.simulator.spec.SpecSchemas;
import dev.dstorekit.simulator.violation.ViolationKind;
import dev.dstorekit.simulator.violation.ViolationLog;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * syncProduct as REFERENCE §5.1 defines it: a full sync overwrites the store's catalog (products left out are
 * dropped), a status-only update changes the status of the named products only. A call that looks like a
 * status-only update but carries an optional field is a full sync — with a warning when that dropped products.
 */
@Singleton
public class CatalogService {

    private final CatalogRepository catalogs;
    private final ViolationLog violations;
    private final Set<String> storeOptional;
    private final Set<String> productOptional;
    private final Clock clock = Clock.systemUTC();

    public CatalogService(CatalogRepository catalogs, ViolationLog violations, SpecSchemas specs) {
        this.catalogs = catalogs;
        this.violations = violations;
        this.storeOptional = optionalProperties(specs.schemaNode(SpecSchemas.POS_SPEC, "Store"));
        this.productOptional = optionalProperties(specs.schemaNode(SpecSchemas.POS_SPEC, "Product"));
    }

    public Reply sync(SyncProductRequest request, JsonNode raw) {
        Optional<String> duplicate = duplicateProduct(request.getProducts());
        if (duplicate.isPresent()) {
            return Reply.paramIllegal(duplicate.get());
        }
        StoreKey store = new StoreKey(request.getPosAccountId(), request.getStore().getPosStoreId());
        SyncShape shape = SyncShape.of(raw, storeOptional, productOptional);
        return shape.statusOnly() ? statusOnly(store, request) : fullSync(store, request, shape);
    }

    private Reply fullSync(StoreKey store, SyncProductRequest request, SyncShape shape) {
        Optional<String> badGroup = unknownModifier(request.getProducts());
        if (badGroup.isPresent()) {
            return Reply.paramIllegal(badGroup.get());
        }
        Catalog catalog = catalogOf(request, clock.instant());
        Map<String, CatalogProduct> products = catalog.products();
        Optional<Catalog> previous = catalogs.replace(catalog);
        Set<String> dropped = new TreeSet<>();
        previous.ifPresent(old -> old.products().keySet().stream().filter(id -> !products.containsKey(id)).forEach(dropped::add));
        if (!dropped.isEmpty() && shape.resemblesStatusOnly()) {
            violations.record(ViolationKind.STATUS_ONLY_SYNC_DROPPED_PRODUCTS, null, "syncProduct",
                    "requestId " + request.getRequestId() + " for " + store + " was treated as a full sync because of "
                            + String.join(", ", shape.fullSyncReasons().subList(0, Math.min(5, shape.fullSyncReasons().size())))
                            + "; it dropped " + dropped.size() + " product(s): " + abbreviate(dropped));
        }
        return Reply.success();
    }

    private Reply statusOnly(StoreKey store, SyncProductRequest request) {
        Set<String> unknown = new TreeSet<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Product product : request.getProducts()) {
            statuses.put(product.getPosProductId(), product.getStatus().getValue());
        }
        Optional<Catalog> updated = catalogs.update(store, catalog -> {
            Map<String, CatalogProduct> products = new HashMap<>(catalog.products());
            statuses.forEach((id, status) -> {
                CatalogProduct current = products.get(id);
                if (current == null) {
                    unknown.add(id);
                } else {
                    products.put(id, current.withStatus(status));
                }
            });
            return catalog.withProducts(products, clock.instant());
        });
        if (updated.isEmpty()) {
            unknown.addAll(statuses.keySet());
        }
        if (!unknown.isEmpty()) {
            violations.record(ViolationKind.STATUS_UPDATE_FOR_UNKNOWN_PRODUCT, null, "syncProduct",
                    "status-only update " + request.getRequestId() + " for " + store + " names product(s) "
                            + (updated.isEmpty() ? "of a store without a full sync: " : "not in its last full sync: ")
                            + abbreviate(unknown));
        }
        return Reply.success();
    }

    /** The catalog a full sync describes, as D-Store would hold it (used by the load generator too). */
    public static Catalog catalogOf(SyncProductRequest request, Instant at) {
        Map<String, CatalogProduct> products = new LinkedHashMap<>();
        for (Product product : request.getProducts()) {
            products.put(product.getPosProductId(), toCatalog(product));
        }
        return new Catalog(new StoreKey(request.getPosAccountId(), request.getStore().getPosStoreId()),
                request.getStore().getName(), products, at, at);
    }

    private static CatalogProduct toCatalog(Product product) {
        List<ModifierGroupRule> groups = new ArrayList<>();
        if (product.getModifierGroups() != null) {
            for (ProductModifierGroup group : product.getModifierGroups()) {
                groups.add(new ModifierGroupRule(group.getGroupId(), group.getName(),
                        group.getMinSelect() == null ? 0 : group.getMinSelect(), group.getMaxSelect(),
                        group.getModifierProductIds() == null ? List.of() : List.copyOf(group.getModifierProductIds())));
            }
        }
        Amount price = product.getPrice();
        return new CatalogProduct(product.getPosProductId(), product.getType().getValue(), product.getStatus().getValue(),
                product.getName(), price == null ? null : new Money(price.getValue(), price.getCurrency()),
                product.getCategoryName(), List.copyOf(groups));
    }

    private static Optional<String> duplicateProduct(List<Product> products) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < products.size(); i++) {
            String id = products.get(i).getPosProductId();
            if (!seen.add(id)) {
                return Optional.of("products[" + i + "].posProductId: " + id + " appears more than once; posProductId is unique within the store");
            }
        }
        return Optional.empty();
    }

    /** The spec: modifierProductIds are posProductIds of products of type MODIFIER in this request. */
    private static Optional<String> unknownModifier(List<Product> products) {
        Set<String> modifiers = new HashSet<>();
        products.stream().filter(p -> "MODIFIER".equals(p.getType().getValue())).forEach(p -> modifiers.add(p.getPosProductId()));
        for (int i = 0; i < products.size(); i++) {
            List<ProductModifierGroup> groups = products.get(i).getModifierGroups();
            for (int g = 0; groups != null && g < groups.size(); g++) {
                List<String> ids = groups.get(g).getModifierProductIds();
                for (int m = 0; ids != null && m < ids.size(); m++) {
                    if (!modifiers.contains(ids.get(m))) {
                        return Optional.of("products[" + i + "].modifierGroups[" + g + "].modifierProductIds[" + m + "]: "
                                + ids.get(m) + " is not a MODIFIER product in this request");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> optionalProperties(JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(node -> required.add(node.asText()));
        Set<String> optional = new TreeSet<>();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!required.contains(name)) {
                optional.add(name);
            }
        }
        if (optional.isEmpty()) {
            throw new IllegalStateException("spec schema without optional properties: " + schema);
        }
        return optional;
    }

    private static String abbreviate(Set<String> ids) {
        List<String> list = new ArrayList<>(ids);
        return list.size() <= 10 ? String.join(", ", list) : String.join(", ", list.subList(0, 10)) + " and " + (list.size() - 10) + " more";
    }
}

package dev.dstorekit.simulator.pds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.api.pds.model.BusinessRule;
import dev.dstorekit.api.pds.model.Menu;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.api.pds.model.StoreInfo;
import dev.dstorekit.simulator.spec.SchemaFinding;
import dev.dstorekit.simulator.spec.SpecSchemas;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addStore rules the schema cannot express (pds spec, REFERENCE §7): areaId for HAWKER stores, scenes unique
 * within a store, ruleData decoded and validated against the schema {@code x-dstore-rule-data-schemas} names for its
 * scene, schedule keys per schedule type, REDUCE discount values decoded as RuleAmount, one menu per menu type.
 * Each check returns the first problem as a {@code PARAM_ILLEGAL} message naming the field.
 */
@Singleton
public class PdsRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WEEKDAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    private static final Pattern PERCENTAGE = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
    /** Scenes each menu type needs (pds rule; REFERENCE §7.2). */
    static final Map<String, List<String>> SCENES_PER_MENU_TYPE = Map.of(
            "PICKUP", List.of("PICKUP_SCHEDULE", "PICKUP_RULE"),
            "DELIVERY", List.of("DELIVERY_SCHEDULE", "DELIVERY_DISTANCE"),
            "DINEIN", List.of("DINE_IN_SCHEDULE", "DINE_IN_ORDER"));

    private final SpecSchemas specs;
    private final Map<String, String> ruleDataSchemas = new HashMap<>();
    private final Set<String> allowedScheduleKeys = new HashSet<>();
    private final Map<String, String> discountValueSchemas = new HashMap<>();

    public PdsRules(SpecSchemas specs) {
        this.specs = specs;
        fields(specs.schemaNode(SpecSchemas.PDS_SPEC, "BusinessRule").path("x-dstore-rule-data-schemas"), ruleDataSchemas);
        specs.schemaNode(SpecSchemas.PDS_SPEC, "ScheduleRule").path("properties").path("schedules")
                .path("x-dstore-allowed-keys").forEach(key -> allowedScheduleKeys.add(key.asText()));
        fields(specs.schemaNode(SpecSchemas.PDS_SPEC, "DeliveryDiscount").path("x-dstore-discount-value-schemas"), discountValueSchemas);
        if (ruleDataSchemas.isEmpty() || allowedScheduleKeys.isEmpty() || discountValueSchemas.isEmpty()) {
            throw new IllegalStateException("the pds spec lost its x-dstore rule extensions");
        }
    }

    /** The first rule {@code store} breaks, as a PARAM_ILLEGAL message; {@code path} is e.g. {@code stores[0]}. */
    public Optional<String> check(String path, PdsStore store) {
        StoreInfo info = store.getStoreInfo();
        String infoPath = path + ".storeInfo";
        if (info.getStoreType() != null && "HAWKER".equals(info.getStoreType().getValue())
                && (info.getAreaId() == null || info.getAreaId().isBlank())) {
            return Optional.of(infoPath + ".areaId: required when storeType is HAWKER (the hawker centre's shopping area)");
        }
        List<BusinessRule> rules = info.getBusinessRule() == null ? List.of() : info.getBusinessRule();
        Set<String> scenes = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String rulePath = infoPath + ".businessRule[" + i + "]";
            String scene = rules.get(i).getScene().getValue();
            if (!scenes.add(scene)) {
                return Optional.of(rulePath + ".scene: " + scene + " appears more than once; a scene is unique within a store");
            }
            Optional<String> ruleData = checkRuleData(rulePath + ".ruleData", scene, rules.get(i).getRuleData());
            if (ruleData.isPresent()) {
                return ruleData;
            }
        }
        List<Menu> menus = store.getMenus() == null ? List.of() : store.getMenus();
        Set<String> menuTypes = new HashSet<>();
        for (int i = 0; i < menus.size(); i++) {
            if (menus.get(i).getMenuInfo() == null) {
                continue;
            }
            String type = menus.get(i).getMenuInfo().getMenuType().getValue();
            if (!menuTypes.add(type)) {
                return Optional.of(path + ".menus[" + i + "].menuInfo.menuType: a store has at most one " + type + " menu");
            }
        }
        return Optional.empty();
    }

    /** Menu types whose business-rule scenes are missing, e.g. {@code DINEIN needs DINE_IN_ORDER}. */
    public List<String> menusWithoutRules(PdsStore store) {
        Set<String> scenes = new HashSet<>();
        if (store.getStoreInfo().getBusinessRule() != null) {
            store.getStoreInfo().getBusinessRule().forEach(rule -> scenes.add(rule.getScene().getValue()));
        }
        List<String> missing = new ArrayList<>();
        if (store.getMenus() != null) {
            for (Menu menu : store.getMenus()) {
                if (menu.getMenuInfo() == null) {
                    continue;
                }
                String type = menu.getMenuInfo().getMenuType().getValue();
                List<String> needed = SCENES_PER_MENU_TYPE.get(type).stream().filter(scene -> !scenes.contains(scene)).toList();
                if (!needed.isEmpty()) {
                    missing.add(type + " menu " + menu.getMenuInfo().getMenuId() + " needs " + String.join(" and ", needed));
                }
            }
        }
        return missing;
    }

    private Optional<String> checkRuleData(String path, String scene, String ruleData) {
        JsonNode decoded;
        try {
            decoded = JSON.readTree(ruleData);
        } catch (JsonProcessingException e) {
            return Optional.of(path + ": not JSON text (ruleData is JSON serialized into a string)");
        }
        if (decoded == null || decoded.isMissingNode()) {
            return Optional.of(path + ": empty");
        }
        String schema = ruleDataSchemas.get(scene);
        List<SchemaFinding> findings = specs.validate(SpecSchemas.PDS_SPEC, schema, decoded);
        if (!findings.isEmpty()) {
            SchemaFinding first = findings.get(0);
            String field = first.field().equals("request body") ? "" : (first.field().startsWith("[") ? first.field() : "." + first.field());
            return Optional.of(path + field + ": " + first.problem() + " (decoded ruleData of " + scene + " must match " + schema + ")");
        }
        if ("ScheduleRuleData".equals(schema)) {
            return checkSchedules(path, decoded);
        }
        if ("DeliveryDistanceRuleData".equals(schema)) {
            return checkDiscounts(path, decoded);
        }
        return Optional.empty();
    }

    private Optional<String> checkSchedules(String path, JsonNode rules) {
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String rulePath = path + "[" + i + "]";
            String type = rule.path("scheduleType").asText();
            for (Iterator<String> keys = rule.path("schedules").fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                boolean fits = "WEEKLY".equals(type) ? WEEKDAYS.contains(key) : "FIXED".equals(key);
                if (!allowedScheduleKeys.contains(key) || !fits) {
                    return Optional.of(rulePath + ".schedules." + key + ": not a key of a " + type
                            + " schedule (WEEKLY: MONDAY..SUNDAY, DAILY: FIXED)");
                }
            }
            if (rule.has("startTime") != rule.has("endTime")) {
                return Optional.of(rulePath + ": an exception window needs both startTime and endTime");
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkDiscounts(String path, JsonNode tiers) {
        for (int t = 0; t < tiers.size(); t++) {
            JsonNode discounts = tiers.get(t).path("discounts");
            for (int d = 0; d < discounts.size(); d++) {
                JsonNode discount = discounts.get(d);
                String field = path + "[" + t + "].discounts[" + d + "].discountValue";
                String type = discount.path("discountType").asText();
                JsonNode value = discount.get("discountValue");
                String valueSchema = discountValueSchemas.get(type);
                if (valueSchema != null) {
                    if (value == null || !value.isTextual()) {
                        return Optional.of(field + ": required for " + type + " (a " + valueSchema + " serialized as JSON)");
                    }
                    try {
                        List<SchemaFinding> findings = specs.validate(SpecSchemas.PDS_SPEC, valueSchema, JSON.readTree(value.asText()));
                        if (!findings.isEmpty()) {
                            return Optional.of(field + ": decoded " + valueSchema + " invalid: " + findings.get(0));
                        }
                    } catch (JsonProcessingException e) {
                        return Optional.of(field + ": not JSON text (a " + valueSchema + " serialized as JSON)");
                    }
                } else if ("PERCENTAGE".equals(type)) {
                    if (value == null || !value.isTextual() || !PERCENTAGE.matcher(value.asText()).matches()
                            || Double.parseDouble(value.asText()) > 100) {
                        return Optional.of(field + ": a percentage as a numeric string between 0 and 100, e.g. \"20\"");
                    }
                } else if ("EXEMPTION".equals(type) && value != null) {
                    return Optional.of(field + ": absent for EXEMPTION (free delivery)");
                }
            }
        }
        return Optional.empty();
    }

    private static void fields(JsonNode object, Map<String, String> into) {
        object.fields().forEachRemaining(entry -> into.put(entry.getKey(), entry.getValue().asText()));
    }
}

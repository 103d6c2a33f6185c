package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dstorekit.simulator.catalog.Catalog;
import dev.dstorekit.simulator.catalog.CatalogRepository;
import dev.dstorekit.simulator.catalog.StoreKey;
import dev.dstorekit.simulator.catalog.StoreService;
import dev.dstorekit.simulator.config.SimulatorConfiguration;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Puts together a store's storefront page from its catalog, its addStore description and syncStore's status. */
@Singleton
class StorePages {

    static final int MAX_SLOTS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SLOT_LABEL = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final Map<String, String> SERVICES = Map.of("PICKUP_SCHEDULE", "Pick-up", "DINE_IN_SCHEDULE", "Dine-in",
            "DELIVERY_SCHEDULE", "Delivery");

    private final CatalogRepository catalogs;
    private final StoreProfiles profiles;
    private final StoreService stores;
    private final ZoneId defaultZone;
    private final Clock clock = Clock.systemUTC();

    StorePages(CatalogRepository catalogs, StoreProfiles profiles, StoreService stores, SimulatorConfiguration config) {
        this.catalogs = catalogs;
        this.profiles = profiles;
        this.stores = stores;
        this.defaultZone = ZoneId.of(config.getTimeZone());
    }

    Optional<StorePage> find(StoreKey key) {
        return catalogs.find(key).map(catalog -> page(catalog, profiles.find(key.posStoreId()).orElse(null)));
    }

    StorePage page(Catalog catalog, @Nullable JsonNode pds) {
        JsonNode info = pds == null ? JSON.createObjectNode() : pds.path("storeInfo");
        StoreKey key = catalog.store();
        String name = text(info.path("name")) != null ? info.path("name").asText()
                : catalog.storeName() != null ? catalog.storeName() : key.posStoreId();
        List<String> announcements = new ArrayList<>();
        info.path("announcement").forEach(a -> announcements.add(a.path("value").asText()));
        List<StorePage.Banner> banners = new ArrayList<>();
        info.path("banners").forEach(b -> banners.add(new StorePage.Banner(b.path("imageUrl").asText(), text(b.path("landingUrl")))));
        List<String> images = new ArrayList<>();
        info.path("images").forEach(i -> images.add(i.asText()));
        List<StorePage.Schedule> schedules = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        boolean tableRequired = false;
        JsonNode pickupSchedule = null;
        for (JsonNode rule : info.path("businessRule")) {
            String scene = rule.path("scene").asText();
            JsonNode data = decode(rule.path("ruleData").asText());
            if (SERVICES.containsKey(scene)) {
                schedules.add(new StorePage.Schedule(SERVICES.get(scene), RuleWords.schedule(data)));
                if ("PICKUP_SCHEDULE".equals(scene)) {
                    pickupSchedule = data;
                }
            } else if ("DINE_IN_ORDER".equals(scene)) {
                tableRequired = data.path("isTableNoRequired").asBoolean(false);
                rules.add(RuleWords.dineIn(data));
            } else if ("PICKUP_RULE".equals(scene)) {
                rules.addAll(RuleWords.pickup(data));
            } else if ("DELIVERY_DISTANCE".equals(scene)) {
                rules.addAll(RuleWords.delivery(data));
            }
        }
        ZoneId zone = zone(text(info.path("timeZone")));
        List<StorePage.Slot> slots = slots(pds, pickupSchedule, zone);
        return new StorePage(key.toString(), key.posAccountId(), key.posStoreId(), name, text(info.path("description")),
                text(info.path("address")), text(info.path("cuisine")), stores.open(key), announcements, banners, images,
                schedules, rules, slots, tableRequired, MenuBuilder.build(catalog, pds));
    }

    /**
     * Pickup times from the pickup menu's pickUpRules (start, end, step in minutes, days ahead, minimum preparation),
     * on the days the PICKUP_SCHEDULE opens; without rules, every 15 minutes from half an hour on.
     */
    private List<StorePage.Slot> slots(@Nullable JsonNode pds, @Nullable JsonNode schedule, ZoneId zone) {
        ZonedDateTime now = clock.instant().atZone(zone);
        List<StorePage.Slot> slots = new ArrayList<>();
        List<JsonNode> rules = new ArrayList<>();
        if (pds != null) {
            for (JsonNode menu : pds.path("menus")) {
                menu.path("menuInfo").path("pickUpRules").forEach(rules::add);
            }
        }
        if (rules.isEmpty()) {
            ZonedDateTime first = now.plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 8; i++) {
                slots.add(slot(first.plusMinutes(15L * i)));
            }
            return slots;
        }
        int days = rules.stream().mapToInt(rule -> rule.path("supportDays").asInt(1)).max().orElse(1);
        for (int day = 0; day < Math.max(1, days) + 1 && slots.size() < MAX_SLOTS; day++) {
            LocalDate date = now.toLocalDate().plusDays(day);
            if (!RuleWords.opensOn(schedule, date.getDayOfWeek())) {
                continue;
            }
            for (JsonNode rule : rules) {
                try {
                    LocalTime start = LocalTime.parse(rule.path("startTime").asText());
                    LocalTime end = LocalTime.parse(rule.path("endTime").asText());
                    long step = Math.max(5, Long.parseLong(rule.path("step").asText("15")));
                    ZonedDateTime earliest = now.plusMinutes(rule.path("minPrepareMinutes").asInt(0));
                    for (LocalTime time = start; !time.isAfter(end) && slots.size() < MAX_SLOTS; time = time.plus(Duration.ofMinutes(step))) {
                        ZonedDateTime at = date.atTime(time).atZone(zone);
                        if (at.isAfter(earliest)) {
                            slots.add(slot(at));
                        }
                        if (time.plusMinutes(step).isBefore(time)) {
                            break;
                        }
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // a rule the storefront cannot read offers no slots; addStore's own checks judge it
                }
            }
        }
        return slots;
    }

    private static StorePage.Slot slot(ZonedDateTime at) {
        return new StorePage.Slot(at.toOffsetDateTime().toString(), at.format(SLOT_LABEL));
    }

    /** The store's time zone as addStore writes it ({@code GMT+8:00}), else the simulator's. */
    private ZoneId zone(@Nullable String timeZone) {
        if (timeZone == null) {
            return defaultZone;
        }
        try {
            return ZoneId.of(timeZone.replaceFirst("^GMT([+-])(\\d):", "GMT$10$2:"));
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    private static JsonNode decode(String ruleData) {
        try {
            return JSON.readTree(ruleData);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    @Nullable
    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}

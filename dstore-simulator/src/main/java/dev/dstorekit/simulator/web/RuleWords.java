package dev.dstorekit.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.simulator.catalog.Money;
import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** The addStore business rules (decoded ruleData, pds spec) in the words a customer reads on the storefront. */
final class RuleWords {

    private RuleWords() {
    }

    /** A ScheduleRuleData as lines, e.g. {@code TUESDAY 10:30–14:30, 17:00–20:00}. */
    static List<String> schedule(JsonNode rules) {
        List<String> lines = new ArrayList<>();
        for (JsonNode rule : rules) {
            String prefix = rule.has("startTime") ? "from " + rule.path("startTime").asText() + " to " + rule.path("endTime").asText()
                    + " (" + rule.path("serviceStatus").asText("OFF") + "): " : "";
            rule.path("schedules").fields().forEachRemaining(day -> {
                List<String> periods = new ArrayList<>();
                day.getValue().forEach(slot -> periods.add(slot.path("startTime").asText() + "–" + slot.path("endTime").asText()));
                lines.add(prefix + day.getKey() + " " + String.join(", ", periods));
            });
        }
        return lines;
    }

    /** Whether a WEEKLY schedule opens on {@code day}; no schedule (or a DAILY one) opens every day. */
    static boolean opensOn(@Nullable JsonNode rules, DayOfWeek day) {
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            return true;
        }
        for (JsonNode rule : rules) {
            if (!"WEEKLY".equals(rule.path("scheduleType").asText()) || rule.has("startTime")) {
                return true;
            }
            if (rule.path("schedules").has(day.name())) {
                return true;
            }
        }
        return false;
    }

    static String dineIn(JsonNode data) {
        return "Dine-in: " + ("SELF_COLLECT".equals(data.path("serviceType").asText()) ? "collect at the counter" : "served to your table")
                + (data.path("isTableNoRequired").asBoolean(false) ? ", table number required" : "");
    }

    static List<String> pickup(JsonNode data) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : data) {
            if (entry.has("minimumOrderAmount")) {
                lines.add("Pick-up: minimum order " + amount(entry.path("minimumOrderAmount")));
            }
        }
        return lines;
    }

    static List<String> delivery(JsonNode tiers) {
        List<String> lines = new ArrayList<>();
        for (JsonNode tier : tiers) {
            StringBuilder line = new StringBuilder("Delivery ").append(km(tier.path("from").asLong())).append("–")
                    .append(km(tier.path("to").asLong())).append(" km: fee ").append(amount(tier.path("fee")));
            if (tier.has("minimumOrderAmount")) {
                line.append(", minimum order ").append(amount(tier.path("minimumOrderAmount")));
            }
            for (JsonNode discount : tier.path("discounts")) {
                String threshold = amount(discount.path("orderThresholdAmount"));
                switch (discount.path("discountType").asText()) {
                    case "EXEMPTION" -> line.append("; free delivery from ").append(threshold);
                    case "PERCENTAGE" -> line.append("; ").append(discount.path("discountValue").asText()).append("% off the fee from ").append(threshold);
                    default -> line.append("; fee reduced from ").append(threshold);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A RuleAmount ({@code currency}, {@code amountValue} in minor units) for people. */
    static String amount(JsonNode ruleAmount) {
        return new Money(ruleAmount.path("amountValue").asLong(), ruleAmount.path("currency").asText("SGD")).display();
    }

    private static String km(long metres) {
        return metres % 1000 == 0 ? String.valueOf(metres / 1000) : String.valueOf(metres / 1000.0);
    }
}

package dev.dstorekit.conformance.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Spreads enum values over the requests of a case: each choice takes a value sent least often so far (ties at
 * random), so N requests send every value of an enum with up to N values, wherever in the request it sits.
 */
public final class EnumCoverage {

    private final Map<String, Map<String, Integer>> sent = new LinkedHashMap<>();

    synchronized String choose(String field, List<String> values, SplittableRandom random) {
        Map<String, Integer> counts = sent.computeIfAbsent(field, f -> new LinkedHashMap<>());
        int least = values.stream().mapToInt(v -> counts.getOrDefault(v, 0)).min().orElse(0);
        List<String> candidates = values.stream().filter(v -> counts.getOrDefault(v, 0) == least).toList();
        String value = candidates.get(random.nextInt(candidates.size()));
        counts.merge(value, 1, Integer::sum);
        for (String v : values) {
            counts.putIfAbsent(v, counts.getOrDefault(v, 0));
        }
        return value;
    }

    /** {@code orderChannel=GRABFOOD} for each value never sent; empty when every value of every enum was sent. */
    public synchronized List<String> unsent() {
        List<String> unsent = new ArrayList<>();
        sent.forEach((field, counts) -> counts.forEach((value, n) -> {
            if (n == 0) {
                unsent.add(field + "=" + value);
            }
        }));
        return unsent;
    }

    /** How many enum values were sent, of how many the enums met have. */
    public synchronized String summary() {
        long values = sent.values().stream().mapToLong(Map::size).sum();
        return (values - unsent().size()) + " of " + values;
    }
}

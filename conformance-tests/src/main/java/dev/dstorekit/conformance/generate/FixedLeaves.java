package dev.dstorekit.conformance.generate;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Leaves whose value the contract decides (the configured store, the order a push is about), others by {@code next}. */
final class FixedLeaves extends DelegatingLeaves {

    private final Map<String, String> values;

    FixedLeaves(Map<String, String> values, Leaves next) {
        super(next);
        this.values = Map.copyOf(values);
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        String value = values.get(path);
        return value != null ? value : super.string(path, minLength, maxLength);
    }

    @Override
    public String choice(String path, List<String> options) {
        String value = values.get(path);
        return value != null && options.contains(value) ? value : super.choice(path, options);
    }
}

package dev.dstorekit.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dstorekit.stacks.SpecCases.Case;
import dev.dstorekit.stacks.SpecCases.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One stack's verdict: how many examples and decoded ruleData came back unchanged, what the probes did, and each
 * case that did not survive (with what was written instead).
 */
record StackResult(Stack stack, long examples, long examplesRoundTripped, long ruleData, long ruleDataRoundTripped,
                   String unknownField, String unknownEnumValue, List<String> failures) {

    /** Numbers compare by value (1 and 1.0 are one number on the wire), everything else exactly. */
    private static final Comparator<JsonNode> SAME_JSON = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static StackResult of(Stack stack, List<Case> cases, List<Outcome> outcomes) {
        Map<String, Outcome> byId = outcomes.stream().collect(Collectors.toMap(Outcome::id, Function.identity()));
        List<String> failures = new ArrayList<>();
        long examples = 0;
        long examplesOk = 0;
        long ruleData = 0;
        long ruleDataOk = 0;
        String unknownField = "not probed";
        String unknownEnum = "not probed";
        for (Case c : cases) {
            Outcome outcome = byId.get(c.id());
            if (outcome == null) {
                failures.add(c.id() + ": no outcome");
                continue;
            }
            switch (c.kind()) {
                case EXAMPLE, RULE_DATA -> {
                    boolean ok = unchanged(c, outcome);
                    if (!ok) {
                        failures.add(c.id() + ": " + (outcome.read()
                                ? JsonDiff.describe(SpecCases.expected(c), outcome.written()) : outcome.error()));
                    }
                    if (c.kind() == Kind.EXAMPLE) {
                        examples++;
                        examplesOk += ok ? 1 : 0;
                    } else {
                        ruleData++;
                        ruleDataOk += ok ? 1 : 0;
                    }
                }
                case UNKNOWN_FIELD -> unknownField = !outcome.read() ? "refused"
                        : unchanged(c, outcome) ? "ignored" : same(c.value(), outcome.written()) ? "kept" : "read, written differently";
                case UNKNOWN_ENUM_VALUE -> unknownEnum = !outcome.read() ? "refused"
                        : same(c.value(), outcome.written()) ? "passed through" : "read, written differently";
            }
        }
        return new StackResult(stack, examples, examplesOk, ruleData, ruleDataOk, unknownField, unknownEnum, failures);
    }

    private static boolean unchanged(Case c, Outcome outcome) {
        return outcome.read() && same(SpecCases.expected(c), outcome.written());
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        return actual != null && expected.equals(SAME_JSON, actual);
    }

    /** README's table: one row per stack, every cell measured by the build. */
    static String table(Collection<StackResult> results) {
        StringBuilder table = new StringBuilder("""
                | stack | generator | generated, compiled | spec examples round-tripped | decoded `ruleData` round-tripped \
                | a field a later version adds | an enum value a later version adds |
                |---|---|---|---|---|---|---|
                """);
        for (StackResult r : results) {
            table.append(String.format("| %s | `%s` | yes | %d of %d | %d of %d | %s | %s |%n", r.stack.what, r.stack.generator,
                    r.examplesRoundTripped, r.examples, r.ruleDataRoundTripped, r.ruleData, r.unknownField, r.unknownEnumValue));
        }
        return table.toString();
    }

    /** The line the build prints for the stack. */
    String summary() {
        return String.format("%s: generated, compiled, %d examples round-tripped (+%d decoded ruleData)",
                stack.generator, examplesRoundTripped, ruleDataRoundTripped);
    }
}

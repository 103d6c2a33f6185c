package dev.dstorekit.conformance.cases;

import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.generate.EdgeLeaf;
import dev.dstorekit.conformance.generate.GeneratedRequest;
import dev.dstorekit.conformance.generate.RequestGenerator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a createOrder the POS did not store apart, so that the report names the field it refuses rather than only
 * the request: {@link DataAcceptance}'s requests carry dozens of edge leaves at once.
 */
final class TakeApart {

    private static final int MOST_FIELDS = 40;
    private static final int MOST_CULPRITS = 8;

    private TakeApart() {
    }

    /**
     * Rebuilds a failing request with some of its edge leaves and ordinary ones elsewhere, to say which leaves the POS
     * does not take: first one leaf of each field alone ({@code orderProducts[0].name: 255 code points … → F/…}), then,
     * if none fails alone, every leaf of one field together, then every leaf of one member name (all posProductIds).
     */
    static String culprits(Conformance c, GeneratedRequest failing) {
        RequestGenerator generator = c.generator();
        AcceptanceCheck check = new AcceptanceCheck(c, 2);
        AcceptanceCheck.Verdict plain = check.createOrder(generator.createOrderWithOnly(failing, Set.of()));
        if (!plain.ok()) {
            return "the same order without its edges fails too: " + plain.brief();
        }
        Map<String, List<EdgeLeaf>> byField = new LinkedHashMap<>();
        Map<String, List<EdgeLeaf>> byName = new LinkedHashMap<>();
        for (EdgeLeaf leaf : failing.edges()) {
            byField.computeIfAbsent(leaf.field(), f -> new ArrayList<>()).add(leaf);
            byName.computeIfAbsent(leaf.field().replaceFirst(".*\\.", ""), n -> new ArrayList<>()).add(leaf);
        }
        Tries tries = new Tries(check, generator, failing);
        for (List<EdgeLeaf> leaves : byField.values()) {
            tries.attempt(leaves.get(0).toString(), List.of(leaves.get(0)));
        }
        if (tries.culprits.isEmpty()) {
            for (Map.Entry<String, List<EdgeLeaf>> field : byField.entrySet()) {
                if (field.getValue().size() > 1) {
                    tries.attempt("every " + field.getKey() + " (" + field.getValue().size() + ")", field.getValue());
                }
            }
        }
        if (tries.culprits.isEmpty()) {
            for (Map.Entry<String, List<EdgeLeaf>> name : byName.entrySet()) {
                long fields = name.getValue().stream().map(EdgeLeaf::field).distinct().count();
                if (fields > 1) {
                    tries.attempt("every " + name.getKey() + " (" + name.getValue().size() + ", in " + fields + " fields)",
                            name.getValue());
                }
            }
        }
        List<String> culprits = tries.culprits;
        if (culprits.size() > MOST_CULPRITS) {
            int more = culprits.size() - MOST_CULPRITS;
            culprits = new ArrayList<>(culprits.subList(0, MOST_CULPRITS));
            culprits.add("… and " + more + " more");
        }
        return culprits.isEmpty() ? "no leaf, field or member name at its edge fails alone: it takes several together"
                : "alone: " + String.join("\n        ", culprits);
    }

    /** The variants a take-apart sends, at most {@value #MOST_FIELDS}, and what failed. */
    private static final class Tries {

        private final AcceptanceCheck check;
        private final RequestGenerator generator;
        private final GeneratedRequest failing;
        private final List<String> culprits = new ArrayList<>();
        private int sent;

        Tries(AcceptanceCheck check, RequestGenerator generator, GeneratedRequest failing) {
            this.check = check;
            this.generator = generator;
            this.failing = failing;
        }

        void attempt(String what, List<EdgeLeaf> leaves) {
            if (sent++ >= MOST_FIELDS) {
                return;
            }
            Set<String> paths = new HashSet<>();
            leaves.forEach(leaf -> paths.add(leaf.path()));
            AcceptanceCheck.Verdict verdict = check.createOrder(generator.createOrderWithOnly(failing, paths));
            if (!verdict.ok()) {
                culprits.add(what + " → " + verdict.brief());
            }
        }
    }
}

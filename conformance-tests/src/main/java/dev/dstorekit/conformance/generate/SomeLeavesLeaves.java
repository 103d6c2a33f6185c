package dev.dstorekit.conformance.generate;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The edge leaves at some paths only and ordinary ones everywhere else: to find which leaves a POS does not take. */
final class SomeLeavesLeaves implements Leaves {

    private final Leaves edged;
    private final Leaves ordinary;
    private final Set<String> paths;

    SomeLeavesLeaves(Leaves edged, Leaves ordinary, Set<String> paths) {
        this.edged = edged;
        this.ordinary = ordinary;
        this.paths = Set.copyOf(paths);
    }

    private Leaves at(String path) {
        return paths.contains(path) ? edged : ordinary;
    }

    @Override
    public String string(String path, int minLength, OptionalInt maxLength) {
        return at(path).string(path, minLength, maxLength);
    }

    @Override
    public long integer(String path, long minimum, long maximum) {
        return at(path).integer(path, minimum, maximum);
    }

    @Override
    public String choice(String path, List<String> values) {
        return at(path).choice(path, values);
    }

    @Override
    public String dateTime(String path) {
        return at(path).dateTime(path);
    }
}

package dev.dstorekit.conformance.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One optional member decided ({@code path} there or not), everything else as {@code next} decides. */
record OneMemberShape(String path, boolean present, Shape next) implements Shape {

    @Override
    public boolean present(String member, ObjectNode parent) {
        return member.equals(path) ? present : next.present(member, parent);
    }

    @Override
    public int items(String member, int depth) {
        return next.items(member, depth);
    }

    @Override
    public int entries(String member) {
        return next.entries(member);
    }
}

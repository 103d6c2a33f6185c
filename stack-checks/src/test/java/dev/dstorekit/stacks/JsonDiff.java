package dev.dstorekit.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Where two JSON values differ, as JSON Pointers with both sides: a readable failure, not two walls of JSON. */
final class JsonDiff {

    private static final int MAX = 5;

    private JsonDiff() {
    }

    static String describe(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        walk("", expected, actual, differences);
        return String.join("; ", differences);
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, List<String> into) {
        if (into.size() >= MAX) {
            return;
        }
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()
                || !(expected.isContainerNode())) {
            if (!same(expected, actual)) {
                into.add((path.isEmpty() ? "/" : path) + ": " + show(expected) + " written as " + show(actual));
            }
            return;
        }
        if (expected.isArray() && expected.size() != actual.size()) {
            into.add(path + ": " + expected.size() + " items written as " + actual.size());
            return;
        }
        TreeSet<String> keys = new TreeSet<>();
        if (expected.isObject()) {
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                walk(path + "/" + key, expected.get(key), actual.get(key), into);
            }
        } else {
            Iterator<JsonNode> a = actual.elements();
            int i = 0;
            for (JsonNode e : expected) {
                walk(path + "/" + i++, e, a.next(), into);
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String show(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}

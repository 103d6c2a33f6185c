package dev.dstorekit.pos.support;

import java.util.ArrayList;
import java.util.List;

/** What a failed start-up said: the messages of an exception and its causes, outermost first. */
public final class Failures {

    private Failures() {
    }

    public static String messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return String.join(" <- ", messages);
    }
}

package dev.dstorekit.simulator.scenario;

/** Where a running scenario reports what it does, line by line (the console, or a run on the control API). */
@FunctionalInterface
public interface Progress {

    void line(String text);

    static Progress silent() {
        return text -> { };
    }
}

package dev.dstorekit.simulator.violation;

/** ERROR fails a scenario (exit 1); WARNING is reported but does not. */
public enum Severity {
    ERROR, WARNING
}

package dev.dstorekit.simulator.load;

/**
 * One request of a stage on its way: its place in the schedule (for sampling signatures), the instant it was meant
 * to go out (its latency counts from there, however long it then waits for a connection), and its bytes.
 */
record Pending(int index, long intendedNanos, boolean measured, byte[] wire) {
}

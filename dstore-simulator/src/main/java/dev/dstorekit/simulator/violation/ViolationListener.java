package dev.dstorekit.simulator.violation;

/**
 * Told of every violation as it is recorded, on the recording thread, so the message being handled can carry it
 * into the journal. Keep it short; never block.
 */
public interface ViolationListener {

    void recorded(Violation violation);
}

package dev.dstorekit.simulator.state;

/**
 * The sandbox's clean slate: forgets every store, catalog, order, answer, violation and journal entry the
 * simulator keeps, as if it had just been installed. The console's reset button and the {@code reset} command use it.
 */
public interface CleanSlate {

    void wipe();
}

package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.report.RunReport;

/**
 * Follows a scenario run as it happens: the console's progress lines ({@link ProgressLines}), or anything else that
 * wants every message and verdict of every order live. Called from the run's threads, concurrently.
 */
public interface RunListener {

    /** Something about the run as a whole, worded for people: what runs where, the catalogs, a rush's pace. */
    void line(String text);

    /** An entry on one order's timeline: a call out or in, a merchant action, a note of the flow, a verdict. */
    void event(OrderEvent event);

    /** The run is over; {@code report} is what the JSON and JUnit reports are written from. */
    void finished(RunReport report);
}

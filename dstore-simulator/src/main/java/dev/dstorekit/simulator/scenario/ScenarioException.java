package dev.dstorekit.simulator.scenario;

/** A scenario file that cannot be read, or a scenario that cannot run; the message says where and why. */
public class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }
}

package dev.dstorekit.simulator.cli;

/** Why a command that drives a running simulator or a POS could not run (exit 2); the message says what to fix. */
final class CouldNotRun extends Exception {

    CouldNotRun(String message) {
        super(message);
    }
}

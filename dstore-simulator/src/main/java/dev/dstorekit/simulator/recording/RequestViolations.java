package dev.dstorekit.simulator.recording;

import dev.dstorekit.simulator.violation.Violation;
import dev.dstorekit.simulator.violation.ViolationListener;
import jakarta.inject.Singleton;

/** Hands each violation to the inbound message being handled when it was recorded, for its journal entry. */
@Singleton
public class RequestViolations implements ViolationListener {

    @Override
    public void recorded(Violation violation) {
        MessageFacts.current().ifPresent(facts -> facts.violation(violation));
    }
}

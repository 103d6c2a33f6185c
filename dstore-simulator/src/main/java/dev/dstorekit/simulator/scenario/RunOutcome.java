package dev.dstorekit.simulator.scenario;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** What the order flows of a run found out, filled concurrently. */
final class RunOutcome {

    /** How each order ended, by requestOrderId, when its status alone does not say it. */
    final Map<String, String> outcomes = new ConcurrentHashMap<>();
    final AtomicBoolean reachedPos = new AtomicBoolean();
    final AtomicInteger flows = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger notApplicable = new AtomicInteger();
    volatile String error;
}

package dev.dstorekit.simulator.fault;

import dev.dstorekit.simulator.config.SimulatorSettings;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active faults. Rules are tried in the order they were added; the first that fires decides the call. Rate
 * rules draw from a seeded random source so a run is repeatable. Thread-safe.
 */
@Singleton
public class FaultInjector {

    /** A rule as the control API shows it: its id, how many calls it may still hit, how many it hit. */
    @Serdeable
    public record ActiveFault(String id, FaultRule rule, Integer remaining, long fired) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final List<Slot> slots = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Random random = new Random(20240315L);

    public FaultInjector(SimulatorSettings settings) {
        for (String text : settings.faults()) {
            try {
                add(FaultRule.parse(text));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("simulator.faults: " + e.getMessage());
            }
        }
    }

    public synchronized String add(FaultRule rule) {
        String id = "fault-" + ids.incrementAndGet();
        slots.add(new Slot(id, rule, rule.next()));
        LOG.info("Fault {} active: {}", id, rule);
        return id;
    }

    public synchronized boolean remove(String id) {
        return slots.removeIf(slot -> slot.id.equals(id));
    }

    public synchronized void clear() {
        slots.clear();
    }

    public synchronized List<ActiveFault> list() {
        return slots.stream().map(slot -> new ActiveFault(slot.id, slot.rule, slot.remaining, slot.fired)).toList();
    }

    /** The fault for this call to {@code operation}, if one fires. */
    public synchronized Optional<FaultRule> draw(String operation) {
        for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            if (!slot.rule.matches(operation)) {
                continue;
            }
            if (slot.remaining != null) {
                slot.remaining--;
                slot.fired++;
                if (slot.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(slot.rule);
            }
            if (random.nextDouble() < slot.rule.rate()) {
                slot.fired++;
                return Optional.of(slot.rule);
            }
        }
        return Optional.empty();
    }

    private static final class Slot {
        final String id;
        final FaultRule rule;
        Integer remaining;
        long fired;

        Slot(String id, FaultRule rule, Integer remaining) {
            this.id = id;
            this.rule = rule;
            this.remaining = remaining;
        }
    }
}

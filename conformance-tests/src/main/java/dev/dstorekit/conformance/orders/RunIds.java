package dev.dstorekit.conformance.orders;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Idempotency keys that are new on every run, so the suite can be run again and again against a POS that keeps
 * its orders: {@code CONF-20240315120541-3fa2c1-create-0007}.
 */
public final class RunIds {

    private final String prefix;
    private final AtomicInteger counter = new AtomicInteger();

    public RunIds() {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        this.prefix = "CONF-" + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "-" + HexFormat.of().formatHex(random);
    }

    /** A new id, {@code kind} saying what it is for (shows up in the POS's logs). */
    public String next(String kind) {
        return prefix + "-" + kind + "-" + String.format("%04d", counter.incrementAndGet());
    }

    public String prefix() {
        return prefix;
    }
}

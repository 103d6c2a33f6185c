package dev.dstorekit.pos.overload;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Admission to one API: a call in progress holds a permit, and a call that gets none within the API's wait is
 * turned away (U for D-Store, 503 for the merchant API) instead of queueing without limit.
 *
 * @param api    {@code dstore} or {@code merchant}, as in the metrics
 * @param permits the API's permits
 * @param limits  how long a call may wait for one
 */
public record Admission(String api, Permits permits, OverloadSettings.Limits limits) {

    public static final String DSTORE = "dstore";
    public static final String MERCHANT = "merchant";
    /** A queue that has not been empty for this long is standing (CoDel's interval). */
    public static final Duration STANDING_AFTER = Duration.ofMillis(100);

    /** A permit to go ahead, or empty: turn the call away. */
    public CompletableFuture<Optional<Permits.Permit>> enter() {
        return permits.acquire(limits.maxWait(), limits.standingWait());
    }
}

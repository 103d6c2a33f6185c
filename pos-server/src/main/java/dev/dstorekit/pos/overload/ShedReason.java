package dev.dstorekit.pos.overload;

/** Why a call was answered U (D-Store) or 503 (merchant API) instead of being served; the metric's {@code reason}. */
public enum ShedReason {

    /** No permit within the wait, or the queue was full. */
    SATURATED("saturated"),
    /** Still in progress at the answer deadline (D-Store only). */
    DEADLINE("deadline"),
    /** A lock, statement or connection-pool time-out ended it. */
    DATABASE_TIMEOUT("database_timeout");

    private final String tag;

    ShedReason(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}

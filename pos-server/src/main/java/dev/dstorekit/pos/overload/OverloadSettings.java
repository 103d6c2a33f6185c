package dev.dstorekit.pos.overload;

import java.time.Duration;

/**
 * The checked {@code pos.overload.*} keys: how much work each API may have in flight, how long a call may wait for
 * room, when a D-Store call is answered U regardless, and the database's lock and statement time-outs. README
 * "Overload" shows why the defaults keep every D-Store answer inside its 8-second budget.
 *
 * @param answerDeadline a D-Store call not answered by then (counted from admission) is answered U
 * @param dstore         admission to createOrder, inquireOrderDetail and pushOrderChange
 * @param merchant       admission to the merchant API
 * @param database       time-outs set on every database connection
 */
public record OverloadSettings(Duration answerDeadline, Limits dstore, Limits merchant, DatabaseTimeouts database) {

    /**
     * @param permits      calls in progress at once (each holds at most one database connection)
     * @param queue        calls waiting for a permit; one more is turned away at once (a safety net: the waits decide)
     * @param maxWait      the longest a call waits for a permit while the queue still empties now and then (a burst)
     * @param standingWait the longest a call waits while the queue is standing (more arrives than is served)
     */
    public record Limits(int permits, int queue, Duration maxWait, Duration standingWait) {
    }

    /**
     * @param lockTimeout              the longest a statement waits for a lock (row, table) held by another transaction
     * @param statementTimeout         the longest one statement may run, its lock wait included
     * @param idleInTransactionTimeout PostgreSQL ends a session left idle inside a transaction this long, releasing
     *                                 its locks (H2 has no such setting)
     */
    public record DatabaseTimeouts(Duration lockTimeout, Duration statementTimeout, Duration idleInTransactionTimeout) {
    }
}

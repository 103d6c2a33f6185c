package dev.dstorekit.conformance.cases;

import dev.dstorekit.conformance.client.Exchange;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.client.PosClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a request the way D-Store does: an answer of U (or none at all) is retried with the same bytes after a short
 * pause, a few times. A createOrder that is U on every attempt is a lost order: paid for, and never created.
 */
final class DStoreDelivery {

    /** Pauses before the retries; D-Store's own schedule is not published, the point is "more than once". */
    private static final long[] PAUSES_MS = {100, 200, 400};

    private DStoreDelivery() {
    }

    /**
     * Every exchange of one delivery, the last one deciding.
     *
     * @param exchanges the attempts in order; never empty
     */
    record Attempts(List<Exchange> exchanges) {

        Exchange last() {
            return exchanges.get(exchanges.size() - 1);
        }

        /** U (or no answer) on every attempt. */
        boolean undecided() {
            return isUndecided(last());
        }

        /** {@code U/UNKNOWN_EXCEPTION (…) on all 4 attempts} or {@code S/SUCCESS after 1 U}. */
        String describe() {
            Exchange last = last();
            if (undecided()) {
                return last.outcome() + " on all " + exchanges.size() + " attempts";
            }
            return last.outcome() + (exchanges.size() > 1 ? " after " + (exchanges.size() - 1) + " × U" : "");
        }
    }

    /** Sends {@code body} until it is answered S or F, at most {@code attempts} times. */
    static Attempts send(PosClient pos, Operation operation, byte[] body, int attempts) {
        List<Exchange> exchanges = new ArrayList<>();
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (attempt > 0 && exchanges.get(attempt - 1).status() >= 0) {
                // after a U; a call that got no answer at all has waited already (or was refused: nobody to wait for)
                pause(PAUSES_MS[Math.min(attempt - 1, PAUSES_MS.length - 1)]);
            }
            Exchange exchange = pos.send(operation, body);
            exchanges.add(exchange);
            if (!isUndecided(exchange)) {
                break;
            }
        }
        return new Attempts(exchanges);
    }

    private static boolean isUndecided(Exchange exchange) {
        return exchange.status() < 0 || exchange.isResult("U", null);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

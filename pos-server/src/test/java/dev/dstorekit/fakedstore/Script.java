package dev.dstorekit.fakedstore;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the fake answers next, per subject — the requestOrderId of a notifyOrderChange, the posStoreId of a
 * syncProduct, the storeId of an addStore — so tests sharing one fake never consume each other's replies. Without
 * a scripted reply the answer is S after {@link #defaultDelay}.
 */
@Singleton
public class Script {

    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private volatile Duration defaultDelay = Duration.ZERO;

    /** The next calls about {@code subject} get these replies, in order. */
    public void then(String subject, Reply... next) {
        Deque<Reply> queue = replies.computeIfAbsent(subject, s -> new ArrayDeque<>());
        synchronized (queue) {
            for (Reply reply : next) {
                queue.addLast(reply);
            }
        }
    }

    public void defaultDelay(Duration delay) {
        this.defaultDelay = delay;
    }

    Reply take(String subject) {
        Deque<Reply> queue = replies.get(subject);
        if (queue != null) {
            synchronized (queue) {
                Reply next = queue.pollFirst();
                if (next != null) {
                    return next;
                }
            }
        }
        return Reply.slowSuccess(defaultDelay);
    }
}

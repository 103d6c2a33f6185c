package dev.dstorekit.pos.outbox.persistence;

import dev.dstorekit.pos.outbox.application.ClaimedMessage;
import dev.dstorekit.pos.outbox.application.OutboundFailureListener;
import dev.dstorekit.pos.outbox.application.OutboundMessage;
import dev.dstorekit.pos.outbox.application.OutboundMessageView;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.application.OutboxQueries;
import dev.dstorekit.pos.outbox.application.OutboxQueue;
import dev.dstorekit.pos.outbox.domain.DeliveryResult;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import dev.dstorekit.pos.outbox.domain.OutboxState;
import dev.dstorekit.pos.shared.StoredText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox on JDBC. Each message is stored with the exact request JSON D-Store will receive, written once when it
 * is queued, so every attempt sends the same body under the same requestId.
 */
@Singleton
public class JdbcOutbox implements Outbox, OutboxQueue, OutboxQueries {

    private static final int MAX_CODE = 64;
    private static final int MAX_MESSAGE = 256;

    private final OutboxRepository messages;
    private final List<OutboundFailureListener> failureListeners;
    private final JsonMapper json;
    private final Clock clock;

    public JdbcOutbox(OutboxRepository messages, List<OutboundFailureListener> failureListeners, JsonMapper json,
                      Clock clock) {
        this.messages = messages;
        this.failureListeners = failureListeners;
        this.json = json;
        this.clock = clock;
    }

    // --- queueing, always inside the caller's transaction -------------------------------------------------------

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void queue(OutboundMessage message) {
        Instant now = clock.instant();
        messages.save(new OutboxMessageEntity(null, message.orderingKey(), message.operation().operationName(),
                message.requestId(), message.posAccountId(), message.posStoreId(), message.orderId(),
                write(message.payload()), OutboxState.PENDING.name(), 0, now, null, null, null, null, null, now, null));
    }

    // --- the sender's side ------------------------------------------------------------------------------------

    @Override
    @Transactional
    public List<ClaimedMessage> claim(int limit, Duration lease, String token) {
        Instant now = clock.instant();
        List<ClaimedMessage> claimed = new ArrayList<>();
        for (OutboxMessageEntity due : messages.lockDue(now, limit)) {
            if (messages.lease(due.id(), token, now.plus(lease), now) == 1) {
                claimed.add(new ClaimedMessage(due.id(), due.requestId(), OutboundOperation.of(due.operation()),
                        due.payload(), due.orderId(), due.posAccountId(), due.posStoreId(), due.attempts() + 1, token));
            }
        }
        return claimed;
    }

    @Override
    @Transactional
    public boolean renew(ClaimedMessage message, Duration lease) {
        return messages.renew(message.id(), message.token(), clock.instant().plus(lease)) == 1;
    }

    @Override
    @Transactional
    public boolean delivered(ClaimedMessage message, DeliveryResult result) {
        return messages.finish(message.id(), message.token(), OutboxState.DELIVERED.name(), code(result),
                text(result.message()), clock.instant()) == 1;
    }

    @Override
    @Transactional
    public boolean retryAt(ClaimedMessage message, DeliveryResult result, Instant nextAttempt) {
        return messages.reschedule(message.id(), message.token(), nextAttempt, code(result),
                text(result.message())) == 1;
    }

    @Override
    @Transactional
    public boolean failed(ClaimedMessage message, DeliveryResult result, String detail) {
        boolean recorded = messages.finish(message.id(), message.token(), OutboxState.FAILED.name(), code(result),
                text(result.message()), clock.instant()) == 1;
        if (recorded && message.orderId() != null) {
            failureListeners.forEach(l -> l.orderMessageFailed(message.orderId(), message.requestId(), detail));
        }
        return recorded;
    }

    @Override
    @Transactional
    public void release(ClaimedMessage message) {
        messages.release(message.id(), message.token());
    }

    @Override
    public long pendingCount() {
        return messages.countPending();
    }

    // --- queries -------------------------------------------------------------------------------------------------

    @Override
    public List<OutboundMessageView> forOrder(long orderId) {
        return messages.findByOrder(orderId).stream().map(m -> new OutboundMessageView(m.requestId(), m.operation(),
                OutboxState.valueOf(m.state()), m.attempts(), m.lastResultCode())).toList();
    }

    @Override
    public Optional<OutboxState> addStoreState(String posAccountId, String posStoreId) {
        return messages.findLatest(posAccountId, posStoreId, OutboundOperation.ADD_STORE.operationName())
                .map(m -> OutboxState.valueOf(m.state()));
    }

    private static String code(DeliveryResult result) {
        return StoredText.note(result.code(), MAX_CODE);
    }

    @Nullable
    private static String text(@Nullable String message) {
        return message == null ? null : StoredText.note(message, MAX_MESSAGE);
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(Argument.ofInstance(value), value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.dstorekit.simulator.recording;

import dev.dstorekit.signature.micronaut.SignatureHeaders;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import dev.dstorekit.simulator.journal.Direction;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalEntry.SignatureCheck;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.spec.SpecOperation;
import dev.dstorekit.simulator.spec.SpecSchemas;
import dev.dstorekit.simulator.violation.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Journals every call of the POS to D-Store: the request bytes as received and the answer bytes as sent, so it
 * runs outside the signature filter, and sees calls that filter refuses too. What the inner stages found on the way
 * they leave in the request's {@link MessageFacts}.
 */
@ServerFilter(patterns = {SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
public final class InboundRecorder implements Ordered {

    /** Outside the signature filter: sees the request before it is verified and the answer after it is signed. */
    public static final int ORDER = SignatureServerFilter.ORDER - 10;

    private static final Logger LOG = LoggerFactory.getLogger(InboundRecorder.class);
    private static final String REFUSAL_PREFIX = "Signature verification failed: ";

    private final MessageJournal journal;
    private final SpecSchemas specs;
    private final OrderRepository orders;
    private final SignatureExplanations explanations;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    public InboundRecorder(MessageJournal journal, SpecSchemas specs, OrderRepository orders,
                           SignatureExplanations explanations, JsonMapper json) {
        this.journal = journal;
        this.specs = specs;
        this.orders = orders;
        this.explanations = explanations;
        this.json = json;
    }

    @RequestFilter
    public void start(HttpRequest<?> request, @Nullable @Body byte[] body) {
        request.setAttribute(MessageFacts.ATTRIBUTE, new MessageFacts(clock.instant(), System.nanoTime(),
                body == null ? new byte[0] : body));
    }

    @ResponseFilter
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MessageFacts facts = MessageFacts.of(request).orElse(null);
        if (facts == null) {
            return;
        }
        try {
            journal.append(entry(request, response, facts));
        } catch (RuntimeException e) {
            LOG.warn("Could not journal {} {}: {}", request.getMethodName(), request.getPath(), e.toString());
        }
    }

    private JournalEntry entry(HttpRequest<?> request, MutableHttpResponse<?> response, MessageFacts facts) {
        String operation = specs.operation(request.getPath()).map(SpecOperation::operationId).orElse(request.getPath());
        MessageFields sent = MessageFields.of(facts.request());
        byte[] answer = answerBytes(response);
        MessageFields answered = MessageFields.of(answer);
        String requestOrderId = sent.requestOrderId();
        String storeKey = sent.storeKey();
        if (storeKey == null && requestOrderId != null) {
            storeKey = orders.find(requestOrderId).map(order -> order.store().toString()).orElse(null);
        }
        String key = sent.idempotencyKey(operation);
        SignatureCheck signature = signature(request, facts, answered);
        Long replayOf = facts.isRepeated() && key != null
                ? journal.firstProcessed(operation, key).map(JournalEntry::id).orElse(null) : null;
        List<Violation> violations = facts.violations();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - facts.startNanos());
        return new JournalEntry(0, facts.at(), Direction.FROM_POS, operation, requestOrderId, storeKey, key,
                new String(facts.request(), StandardCharsets.UTF_8), answer == null ? null : new String(answer, StandardCharsets.UTF_8),
                answered.resultStatus(), answered.resultCode(), signature, facts.schemaProblem(), replayOf, violations,
                Verdicts.worst(signature.valid(), facts.schemaProblem(), violations), elapsed);
    }

    private SignatureCheck signature(HttpRequest<?> request, MessageFacts facts, MessageFields answered) {
        if (request.getAttribute(SignatureServerFilter.VERIFIED, Boolean.class).orElse(false)) {
            return SignatureCheck.VALID;
        }
        String message = answered.resultMessage();
        String detail = message != null && message.startsWith(REFUSAL_PREFIX) ? message.substring(REFUSAL_PREFIX.length())
                : "not verified";
        String explanation = explanations.explain(request.getMethodName(), SignatureExplanations.signedUri(request),
                request.getHeaders().get(SignatureHeaders.CLIENT_ID), request.getHeaders().get(SignatureHeaders.REQUEST_TIME),
                facts.request(), request.getHeaders().get(SignatureHeaders.SIGNATURE));
        return new SignatureCheck(false, detail, explanation);
    }

    @Nullable
    private byte[] answerBytes(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            return String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

package dev.dstorekit.simulator.recording;

import dev.dstorekit.simulator.journal.Direction;
import dev.dstorekit.simulator.journal.JournalEntry;
import dev.dstorekit.simulator.journal.JournalEntry.SignatureCheck;
import dev.dstorekit.simulator.journal.MessageJournal;
import dev.dstorekit.simulator.journal.Verdict;
import dev.dstorekit.simulator.order.OrderRepository;
import dev.dstorekit.simulator.spec.SpecOperation;
import dev.dstorekit.simulator.spec.SpecSchemas;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Journals each call D-Store made to the POS, from its {@link PosWire} and how the call ended. */
@Singleton
public class OutboundRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundRecorder.class);

    private final MessageJournal journal;
    private final SpecSchemas specs;
    private final OrderRepository orders;
    private final SignatureExplanations explanations;

    public OutboundRecorder(MessageJournal journal, SpecSchemas specs, OrderRepository orders, SignatureExplanations explanations) {
        this.journal = journal;
        this.specs = specs;
        this.orders = orders;
        this.explanations = explanations;
    }

    /**
     * @param operation the operation called, used when the request never reached the wire
     * @param trouble   why the answer was not taken, or null when it was
     * @param detail    what exactly went wrong, or null
     */
    public void record(String operation, PosWire wire, Duration elapsed, @Nullable AnswerTrouble trouble, @Nullable String detail) {
        try {
            journal.append(entry(operation, wire, elapsed, trouble, detail));
        } catch (RuntimeException e) {
            LOG.warn("Could not journal {} to the POS: {}", operation, e.toString());
        }
    }

    private JournalEntry entry(String called, PosWire wire, Duration elapsed, @Nullable AnswerTrouble trouble, @Nullable String detail) {
        String operation = wire.uri() == null ? called
                : specs.operation(path(wire.uri())).map(SpecOperation::operationId).orElse(called);
        byte[] request = wire.request() == null ? new byte[0] : wire.request();
        MessageFields sent = MessageFields.of(request);
        MessageFields answered = MessageFields.of(wire.answer());
        String requestOrderId = sent.requestOrderId();
        String storeKey = sent.storeKey();
        if (storeKey == null && requestOrderId != null) {
            storeKey = orders.find(requestOrderId).map(order -> order.store().toString()).orElse(null);
        }
        boolean noAnswer = trouble == AnswerTrouble.NO_ANSWER || wire.answer() == null;
        SignatureCheck signature = signature(wire, trouble, detail, noAnswer);
        String schemaProblem = trouble == AnswerTrouble.SCHEMA ? detail : null;
        Verdict verdict = noAnswer ? Verdict.NO_ANSWER
                : trouble != null ? Verdict.VIOLATION : Verdicts.worst(signature.valid(), null, List.of());
        return new JournalEntry(0, wire.at(), Direction.TO_POS, operation, requestOrderId, storeKey,
                sent.idempotencyKey(operation), new String(request, StandardCharsets.UTF_8),
                wire.answer() == null ? null : new String(wire.answer(), StandardCharsets.UTF_8),
                answered.resultStatus(), answered.resultCode(), signature, schemaProblem, null, List.of(), verdict,
                elapsed.toMillis());
    }

    private SignatureCheck signature(PosWire wire, @Nullable AnswerTrouble trouble, @Nullable String detail, boolean noAnswer) {
        if (noAnswer) {
            return new SignatureCheck(false, "no answer to verify" + (detail == null ? "" : ": " + detail), null);
        }
        if (trouble == null) {
            return SignatureCheck.VALID;
        }
        return switch (trouble) {
            case UNSIGNED -> new SignatureCheck(false, "the answer has no Signature header", null);
            case BAD_SIGNATURE -> new SignatureCheck(false, detail, explanations.explain(wire.method(),
                    wire.uri() == null ? "" : wire.uri(), wire.answerClientId(), wire.answerTime(), wire.answer(),
                    wire.answerSignature()));
            default -> new SignatureCheck(false, "not verified: the answer was refused first ("
                    + (detail == null ? trouble : detail) + ")", null);
        };
    }

    private static String path(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}

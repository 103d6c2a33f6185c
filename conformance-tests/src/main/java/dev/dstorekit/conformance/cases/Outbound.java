package dev.dstorekit.conformance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dstorekit.conformance.Conformance;
import dev.dstorekit.conformance.ConformanceCase;
import dev.dstorekit.conformance.OrderBook;
import dev.dstorekit.conformance.client.Operation;
import dev.dstorekit.conformance.outbound.ReceivedCall;
import dev.dstorekit.conformance.report.HowToFix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the POS sent to the embedded D-Store endpoint during the run (syncProduct, notifyOrderChange, syncStore).
 * These cases run last; a POS that sent nothing gets "skipped: nothing received", never a pass.
 */
@Order(8)
@DisplayName("Outbound calls to D-Store (REFERENCE §2, §3, §5.1, §5.3, §8)")
public class Outbound extends ConformanceCase {

    /** Legal notifyOrderChange steps (REFERENCE §8.2; the spec asks for every step in order). */
    private static final Map<String, Set<String>> NEXT = Map.of(
            "ORDER_SUCCESS", Set.of("ACCEPTED", "REJECTED", "CANCELLED"),
            "ACCEPTED", Set.of("PREPARING", "CANCELLED"),
            "PREPARING", Set.of("READY", "CANCELLED"),
            "READY", Set.of("COMPLETED", "CANCELLED"),
            "COMPLETED", Set.of(),
            "CANCELLED", Set.of(),
            "REJECTED", Set.of(),
            "ORDER_FAIL", Set.of());

    @Test
    @DisplayName("§2.2, §12 #3 Every call the POS made to D-Store carries Client-Id, a current Request-Time and a Signature that verifies")
    @HowToFix("Sign every call to D-Store over the exact bytes you send: `POST <path>\\n<Client-Id>.<Request-Time>.<body>` "
            + "with your private key (SHA256withRSA, Base64, URL-encoded), Request-Time = now as ISO 8601 with offset, "
            + "and the Client-Id D-Store assigned you.")
    void outboundCallsAreSigned() {
        List<String> problems = new ArrayList<>();
        for (ReceivedCall call : receivedOrSkip()) {
            if (call.signingProblem() != null) {
                problems.add(call.describe() + ": " + call.signingProblem());
            }
        }
        Expect.none(problems, "Calls to D-Store that D-Store would refuse with F/INVALID_SIGNATURE");
    }

    @Test
    @DisplayName("§5.1, §5.3 Every call the POS made to D-Store is a D-Store operation with a body valid against the spec")
    @HowToFix("Send only the fields the spec defines (SyncProductRequest, NotifyOrderChangeRequest, SyncStoreRequest), "
            + "with their enums and lengths; notifyOrderChange never carries ORDER_SUCCESS or ORDER_FAIL.")
    void outboundCallsMatchTheSpec() {
        List<String> problems = new ArrayList<>();
        for (ReceivedCall call : receivedOrSkip()) {
            if (call.operation() == null) {
                problems.add("POST " + call.path() + " is not a D-Store operation");
            } else if (call.json() == null) {
                problems.add(call.describe() + ": body is not a JSON object");
            } else {
                call.schemaProblems().forEach(p -> problems.add(call.describe() + ": " + p));
            }
        }
        Expect.none(problems, "Calls to D-Store that do not match the spec");
    }

    @Test
    @DisplayName("§3, §4.1 After a U answer the POS retries with the same requestId and an identical body")
    @HowToFix("Keep every outbound message (requestId and body bytes) in an outbox until D-Store answers S or F; on U or a "
            + "time-out resend it unchanged — same requestId, same body — with back-off. A new requestId makes D-Store apply the change twice.")
    void retryAfterUKeepsTheRequestIdAndBody() {
        Conformance c = conformance();
        List<ReceivedCall> received = receivedOrSkip();
        List<ReceivedCall> unknown = received.stream().filter(r -> "U".equals(r.answerStatus()) && r.requestId().isPresent()).toList();
        Assumptions.assumeFalse(unknown.isEmpty(), "skipped: nothing received that the endpoint answered U");
        Duration wait = c.config().outboundWait();
        List<String> problems = new ArrayList<>();
        List<String> notRetried = new ArrayList<>();
        for (ReceivedCall u : unknown) {
            String requestId = u.requestId().get();
            c.dstore().await(calls -> after(calls, u).stream().anyMatch(r -> isRetry(r, u)), wait);
            List<ReceivedCall> later = after(c.dstore().received(), u);
            List<ReceivedCall> retries = later.stream().filter(r -> isRetry(r, u)).toList();
            if (!retries.isEmpty()) {
                retries.stream().filter(r -> !Objects.equals(r.json(), u.json())).findFirst().ifPresent(r -> problems.add(
                        u.operation().id() + " " + requestId + " was retried with a different body: " + r.text()
                                + " (first: " + u.text() + ")"));
                continue;
            }
            ObjectNode content = withoutRequestId(u.json());
            later.stream().filter(r -> r.operation() == u.operation() && r.json() != null
                            && !requestId.equals(r.requestId().orElse(null)) && content.equals(withoutRequestId(r.json())))
                    .findFirst()
                    .ifPresentOrElse(r -> problems.add(u.operation().id() + " " + requestId + " (answered U) was resent under the"
                                    + " new requestId " + r.requestId().orElse("?") + ": D-Store would apply the change twice"),
                            () -> notRetried.add(u.operation().id() + " " + requestId));
        }
        Expect.none(problems, "Retries after U that change the requestId or the body");
        Assumptions.assumeTrue(notRetried.isEmpty(), "skipped: no retry of " + notRetried + " arrived within "
                + Conformance.seconds(wait) + " of the U answer; run with a longer outbound wait to check it");
    }

    @Test
    @DisplayName("§8.2, spec notifyOrderChange Order statuses the POS reports follow legal transitions, every step in order")
    @HowToFix("Report statuses in order ACCEPTED → PREPARING → READY → COMPLETED (or REJECTED/CANCELLED while not final), "
            + "one notifyOrderChange per step; never move an order out of COMPLETED, CANCELLED or REJECTED.")
    void notifyOrderChangeFollowsLegalTransitions() {
        List<ReceivedCall> notifications = receivedOrSkip().stream()
                .filter(r -> r.operation() == Operation.NOTIFY_ORDER_CHANGE && r.json() != null
                        && r.json().path("orderStatus").isTextual() && r.json().path("requestOrderId").isTextual())
                .toList();
        Assumptions.assumeFalse(notifications.isEmpty(), "skipped: nothing received — no notifyOrderChange with an orderStatus");
        Map<String, List<ReceivedCall>> byOrder = new LinkedHashMap<>();
        Set<String> requestIds = new HashSet<>();
        for (ReceivedCall n : notifications) {
            if (requestIds.add(n.requestId().orElse("") + "|" + n.json().path("requestOrderId").asText())) {
                byOrder.computeIfAbsent(n.json().path("requestOrderId").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        List<String> problems = new ArrayList<>();
        byOrder.forEach((orderId, steps) -> {
            OrderBook.Entry created = conformance().book().get(orderId).orElse(null);
            String current = created == null ? null : created.createdStatus();
            for (ReceivedCall step : steps) {
                String next = step.json().path("orderStatus").asText();
                if (current != null && !current.equals(next) && !legal(current, next, created)) {
                    problems.add("order " + orderId + ": " + current + " → " + next + " (" + step.describe() + ")");
                }
                current = next;
            }
        });
        Expect.none(problems, "Illegal order status transitions reported by the POS");
    }

    private static boolean legal(String from, String to, OrderBook.Entry order) {
        if (from.equals("COMPLETED") && to.equals("CANCELLED")) {
            return order != null && order.channel().equals("FOODPANDA");
        }
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    private List<ReceivedCall> receivedOrSkip() {
        Conformance c = conformance();
        List<ReceivedCall> received = c.outboundCalls();
        Assumptions.assumeFalse(received.isEmpty(), "skipped: nothing received — the POS made no call to the embedded D-Store "
                + "endpoint " + c.dstore().url() + " within " + Conformance.seconds(c.config().outboundWait())
                + "; configure it as the POS's D-Store gateway URL to check outbound calls");
        return received;
    }

    /** The calls that arrived after {@code call}. */
    private static List<ReceivedCall> after(List<ReceivedCall> calls, ReceivedCall call) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i) == call) {
                return calls.subList(i + 1, calls.size());
            }
        }
        return List.of();
    }

    private static boolean isRetry(ReceivedCall candidate, ReceivedCall unknown) {
        return candidate.operation() == unknown.operation() && unknown.requestId().equals(candidate.requestId());
    }

    private static ObjectNode withoutRequestId(JsonNode json) {
        ObjectNode copy = json == null ? null : ((ObjectNode) json).deepCopy();
        if (copy != null) {
            copy.remove("requestId");
        }
        return copy;
    }
}

package dev.dstorekit.simulator.violation;

/**
 * Every way a POS can break D-Store's rules that the simulator detects, with the rule in words and the section of
 * REFERENCE.md (shared/dstore-api) it comes from, so a report tells the POS team what to read.
 */
public enum ViolationKind {

    INVALID_SIGNATURE_FROM_POS(Severity.ERROR, "§2.2, §2.3",
            "Every request and answer carries a valid SHA256withRSA signature over POST <URI>\\n<Client-Id>.<time>.<exact body bytes>, with the agreed Client-Id and a Request-Time within the tolerance"),
    ANSWER_NOT_SIGNED(Severity.ERROR, "§1.4, §2.3, §12 #3",
            "The POS signs its answers like its requests: Client-Id, Response-Time and Signature headers"),
    SCHEMA_VIOLATION(Severity.ERROR, "§1.5, §5",
            "Every body matches the spec schema (required fields, types, lengths, formats, enums)"),
    NON_200_OR_NO_RESULT(Severity.ERROR, "§1.5, §12 #6",
            "Every answer is HTTP 200 with a result object; outcomes travel in result, never in the HTTP status"),
    ILLEGAL_TRANSITION(Severity.ERROR, "§8.2",
            "Order statuses only move forward: ACCEPTED → PREPARING → READY → COMPLETED, REJECTED only before acceptance, CANCELLED before a final status, nothing after a final status"),
    FORBIDDEN_STATUS_IN_NOTIFY(Severity.ERROR, "§8.1, §10 #5, §12 #9",
            "ORDER_SUCCESS and ORDER_FAIL are never sent in notifyOrderChange (only inquireOrderDetail may carry them)"),
    REFUND_EXCEEDS_PAID(Severity.ERROR, "§5.3, §8.3",
            "A merchant refund never exceeds what the buyer paid minus earlier refunds"),
    UNKNOWN_ORDER(Severity.ERROR, "§5.3",
            "notifyOrderChange names a requestOrderId that D-Store sent in createOrder"),
    NEW_POS_ORDER_ID_ON_RETRY(Severity.ERROR, "§3, §12 #5",
            "createOrder is idempotent on requestOrderId: a retry or duplicate gets the same posOrderId, never a second order"),
    REPEAT_REQUEST_INCONSISTENT(Severity.ERROR, "§3",
            "The same idempotency key gets the same result: a replay is answered like the original, and a requestId is not reused for a different body"),
    CREATE_ORDER_TOO_SLOW(Severity.ERROR, "§5.2, §9, §12 #5",
            "createOrder is answered within D-Store's 8-second budget"),
    CREATE_ORDER_REFUSED(Severity.ERROR, "§5.2, §5.6",
            "A paid order for a store whose catalog the POS synced is created (S), not refused"),
    INQUIRY_STATUS_MISMATCH(Severity.ERROR, "§5.4, §8.5",
            "inquireOrderDetail returns the order's posOrderId and its latest status, the one the POS last notified; it never denies an order it created"),
    PUSH_ORDER_CHANGE_REFUSED(Severity.ERROR, "§5.5, §8.2",
            "Channel changes forwarded by pushOrderChange are applied, including COMPLETED → CANCELLED for foodpanda and GrabFood modifications with a lower total"),
    EXPECTED_NOTIFICATION_MISSING(Severity.ERROR, "§5.3, §8",
            "The POS reports every change (status, delivery status, refund) with notifyOrderChange while the order is fulfilled"),
    DELIVERY_STATUS_NOT_ALLOWED(Severity.ERROR, "§5.3, §8.4",
            "notifyOrderChange carries deliveryStatus only for orders the merchant delivers (deliveryProvider=MERCHANT), in order"),
    POS_UNREACHABLE(Severity.ERROR, "§9",
            "The POS gateway accepts D-Store's connections"),
    MERCHANT_ACTION_FAILED(Severity.ERROR, "§8",
            "The merchant's legal actions on an order (accept, prepare, complete, refund, report the rider) go through the POS's merchant side (the merchant-driver script's request answers 2xx), so the POS can report them to D-Store; a refusal here is a POS defect or a wrong driver script or token"),
    STATUS_ONLY_SYNC_DROPPED_PRODUCTS(Severity.WARNING, "§5.1, §12 #7",
            "A status-only syncProduct carries only posProductId, type and status per product and only posStoreId in store; any optional field makes it a full sync that drops every product left out"),
    STATUS_UPDATE_FOR_UNKNOWN_PRODUCT(Severity.WARNING, "§5.1",
            "A status-only update names products the store's last full sync contained"),
    SKIPPED_STATUS_STEP(Severity.WARNING, "§8.2",
            "Send every status step in order (ACCEPTED → PREPARING → READY → COMPLETED); whether steps may be skipped is not published"),
    DUPLICATE_STATUS(Severity.WARNING, "§5.3",
            "One notification per change: the same status is not reported twice under different requestIds"),
    MENU_WITHOUT_RULES(Severity.WARNING, "§7.2, §12 #10",
            "A pds menu type is usable only when the store's businessRule holds its scenes (PICKUP: PICKUP_SCHEDULE + PICKUP_RULE; DELIVERY: DELIVERY_SCHEDULE + DELIVERY_DISTANCE; DINEIN: DINE_IN_SCHEDULE + DINE_IN_ORDER)");

    private final Severity severity;
    private final String reference;
    private final String rule;

    ViolationKind(Severity severity, String reference, String rule) {
        this.severity = severity;
        this.reference = reference;
        this.rule = rule;
    }

    public Severity severity() {
        return severity;
    }

    /** Sections of REFERENCE.md, e.g. {@code §5.2, §9}. */
    public String reference() {
        return "REFERENCE " + reference;
    }

    public String rule() {
        return rule;
    }
}

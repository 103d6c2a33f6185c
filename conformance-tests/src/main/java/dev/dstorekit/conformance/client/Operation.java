package dev.dstorekit.conformance.client;

import java.util.Arrays;
import java.util.Optional;

/** The operations of the POS API, with the component schemas of their request and answer. */
public enum Operation {
    CREATE_ORDER("createOrder", "CreateOrderRequest", "CreateOrderResponse", true),
    INQUIRE_ORDER_DETAIL("inquireOrderDetail", "InquireOrderDetailRequest", "InquireOrderDetailResponse", true),
    PUSH_ORDER_CHANGE("pushOrderChange", "PushOrderChangeRequest", "PushOrderChangeResponse", true),
    SYNC_PRODUCT("syncProduct", "SyncProductRequest", "SyncProductResponse", false),
    NOTIFY_ORDER_CHANGE("notifyOrderChange", "NotifyOrderChangeRequest", "NotifyOrderChangeResponse", false),
    SYNC_STORE("syncStore", "SyncStoreRequest", "SyncStoreResponse", false);

    private final String id;
    private final String requestSchema;
    private final String answerSchema;
    private final boolean servedByPos;

    Operation(String id, String requestSchema, String answerSchema, boolean servedByPos) {
        this.id = id;
        this.requestSchema = requestSchema;
        this.answerSchema = answerSchema;
        this.servedByPos = servedByPos;
    }

    /** The operationId, e.g. {@code createOrder}. */
    public String id() {
        return id;
    }

    /** {@code /v2/pos/createOrder}. */
    public String path() {
        return "/v2/pos/" + id;
    }

    public String requestSchema() {
        return requestSchema;
    }

    public String answerSchema() {
        return answerSchema;
    }

    /** {@code true} for createOrder, inquireOrderDetail and pushOrderChange (D-Store → POS). */
    public boolean servedByPos() {
        return servedByPos;
    }

    /** The operation a path ends with, e.g. {@code /base/v2/pos/syncProduct} → SYNC_PRODUCT. */
    public static Optional<Operation> ofPath(String path) {
        return Arrays.stream(values()).filter(op -> path.endsWith(op.path())).findFirst();
    }
}

package dev.dstorekit.pos.outbox.domain;

/** The D-Store calls the outbox makes, stored by their operation name (as the merchant API shows them). */
public enum OutboundOperation {
    NOTIFY_ORDER_CHANGE("notifyOrderChange"),
    SYNC_PRODUCT("syncProduct"),
    ADD_STORE("addStore");

    private final String operationName;

    OutboundOperation(String operationName) {
        this.operationName = operationName;
    }

    public String operationName() {
        return operationName;
    }

    public static OutboundOperation of(String operationName) {
        for (OutboundOperation operation : values()) {
            if (operation.operationName.equals(operationName)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("unknown outbound operation " + operationName);
    }
}

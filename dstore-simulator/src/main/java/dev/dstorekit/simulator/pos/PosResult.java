package dev.dstorekit.simulator.pos;

import io.micronaut.core.annotation.Nullable;

/**
 * The {@code result} of a POS's answer as D-Store acts on it, mapped from the generated model at the gateway.
 *
 * @param status  S success, F failure (act on the code), U unknown (retry with the same request)
 * @param code    e.g. {@code SUCCESS}, {@code ORDER_NOT_EXIST}
 * @param message the POS's explanation, usually only on F or U
 */
public record PosResult(Status status, String code, @Nullable String message) {

    public enum Status { S, F, U }

    public boolean success() {
        return status == Status.S;
    }

    /** e.g. {@code F ORDER_NOT_EXIST No such order}; the message only when it says something beyond S. */
    public String describe() {
        return status + " " + code + (message == null || success() ? "" : " " + message);
    }
}

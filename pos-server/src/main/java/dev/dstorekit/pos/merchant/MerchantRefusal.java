package dev.dstorekit.pos.merchant;

import dev.dstorekit.pos.shared.FieldProblem;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A merchant request the POS will not carry out, and why: the web edge turns it into a problem answer (404, 400 or
 * 409). Thrown inside the request's transaction, so nothing of the refused change is written.
 */
public final class MerchantRefusal extends RuntimeException {

    /** How the merchant API answers it. */
    public enum Kind {
        /** 404 without detail: unknown here, or another account's. */
        NOT_FOUND,
        /** 400: the input breaks a rule; the detail names the field. */
        BAD_INPUT,
        /** 409: the resource's state does not allow the change. */
        CONFLICT
    }

    private final Kind kind;
    @Nullable
    private final String currentStatus;
    @Nullable
    private final List<String> allowedNextStates;

    private MerchantRefusal(Kind kind, @Nullable String detail, @Nullable String currentStatus,
                            @Nullable List<String> allowedNextStates) {
        super(detail, null, false, false);
        this.kind = kind;
        this.currentStatus = currentStatus;
        this.allowedNextStates = allowedNextStates == null ? null : List.copyOf(allowedNextStates);
    }

    public static MerchantRefusal notFound() {
        return new MerchantRefusal(Kind.NOT_FOUND, null, null, null);
    }

    public static MerchantRefusal badInput(FieldProblem problem) {
        return new MerchantRefusal(Kind.BAD_INPUT, problem.describe(), null, null);
    }

    public static MerchantRefusal conflict(String detail) {
        return new MerchantRefusal(Kind.CONFLICT, detail, null, null);
    }

    /** 409 for a change the order's status does not allow, naming the status. */
    public static MerchantRefusal conflict(String detail, String currentStatus) {
        return new MerchantRefusal(Kind.CONFLICT, detail, currentStatus, null);
    }

    /** 409 for an illegal transition: the current status and the states the order may move to from it. */
    public static MerchantRefusal illegalTransition(String currentStatus, String requested, List<String> allowed) {
        return new MerchantRefusal(Kind.CONFLICT, currentStatus + " → " + requested + " is not allowed", currentStatus,
                allowed);
    }

    public Kind kind() {
        return kind;
    }

    @Nullable
    public String detail() {
        return getMessage();
    }

    @Nullable
    public String currentStatus() {
        return currentStatus;
    }

    @Nullable
    public List<String> allowedNextStates() {
        return allowedNextStates;
    }
}

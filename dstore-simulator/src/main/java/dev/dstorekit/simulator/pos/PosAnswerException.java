package dev.dstorekit.simulator.pos;

import io.micronaut.http.client.exceptions.HttpClientException;

/** Raised by {@link PosAnswerFilter} for an answer D-Store cannot accept; {@link PosGateway} turns it into a {@link PosFailure}. */
public class PosAnswerException extends HttpClientException {

    private final PosFailure.Kind kind;

    public PosAnswerException(PosFailure.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PosFailure.Kind kind() {
        return kind;
    }
}

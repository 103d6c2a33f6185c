package dev.dstorekit.pos.order.application;

import dev.dstorekit.pos.shared.ShortText;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The {@code result} of an answer: status S/F/U, code, message. Stored with the order or change it answers so a
 * replay gets the same one.
 */
@Serdeable
public record Answer(String resultStatus, String resultCode, String resultMessage) {

    public static final Answer SUCCESS = new Answer("S", "SUCCESS", "success");

    /** The contract's limit for resultMessage; longer messages (they may quote long ids) are cut. */
    static final int MAX_MESSAGE = 256;

    public Answer {
        resultMessage = ShortText.cut(resultMessage, MAX_MESSAGE);
    }

    public static Answer failure(String code, String message) {
        return new Answer("F", code, message);
    }

    public boolean success() {
        return "S".equals(resultStatus);
    }
}

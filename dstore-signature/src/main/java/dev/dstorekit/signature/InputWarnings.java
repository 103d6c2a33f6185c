package dev.dstorekit.signature;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Spots inputs that usually lead to signature failures even before a signature is checked: a URI with a host,
 * CR characters or a trailing newline in the body, a body that is not JSON or not UTF-8, an unreadable time.
 */
final class InputWarnings {

    private InputWarnings() {
    }

    static List<String> of(SigningInput in) {
        List<String> warnings = new ArrayList<>();
        if (in.uri().contains("://")) {
            warnings.add("URI contains a scheme and host: the string to sign uses only path + query "
                    + "(e.g. /v2/pos/createOrder), never https://host/…");
        } else if (!in.uri().startsWith("/")) {
            warnings.add("URI does not start with '/': the string to sign uses the path as sent, e.g. /v2/pos/createOrder");
        }
        if (!in.method().equals("POST")) {
            warnings.add("method is '" + in.method() + "': D-Store signs every request and response with POST");
        }
        if (in.clientId().isEmpty() || !in.clientId().strip().equals(in.clientId())) {
            warnings.add("Client-Id is empty or has surrounding whitespace: it is signed character for character");
        }
        try {
            RequestTimes.parse(in.time());
        } catch (DateTimeParseException e) {
            warnings.add("Request-Time '" + in.time() + "' is neither ISO 8601 with offset nor epoch milliseconds: "
                    + "receivers will reject it");
        }
        byte[] body = in.body();
        long crs = countCr(body);
        if (crs > 0) {
            warnings.add("body contains " + crs + " CR (\\r) character(s), e.g. CRLF line endings: they are signed as "
                    + "they are, and any line-ending conversion on the way breaks the signature");
        }
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            warnings.add("body starts with a UTF-8 byte-order mark (EF BB BF): it is signed, but many tools drop it");
        }
        if (BodyVariants.strictUtf8(body) == null) {
            warnings.add("body is not valid UTF-8: D-Store bodies are UTF-8 JSON; check the charset used to encode it");
        }
        String jsonProblem = JsonFormatting.problem(body);
        if (jsonProblem != null) {
            warnings.add("body is not valid JSON: " + jsonProblem);
        }
        if (body.length > 0 && body[body.length - 1] == '\n') {
            warnings.add("body ends with a newline: it is part of what is signed, and editors, echo or HTTP tools "
                    + "easily add or drop it");
        }
        return warnings;
    }

    private static long countCr(byte[] body) {
        long n = 0;
        for (byte b : body) {
            if (b == '\r') {
                n++;
            }
        }
        return n;
    }
}

package dev.dstorekit.signature;

/**
 * The five values that make up a string to sign. The explainer derives variants of it to find out which
 * difference between signer and verifier broke a signature.
 */
record SigningInput(String method, String uri, String clientId, String time, byte[] body) {

    SigningInput {
        body = body == null ? new byte[0] : body;
    }

    byte[] stringToSign() {
        return StringToSign.of(method, uri, clientId, time, body);
    }

    SigningInput withMethod(String value) {
        return new SigningInput(value, uri, clientId, time, body);
    }

    SigningInput withUri(String value) {
        return new SigningInput(method, value, clientId, time, body);
    }

    SigningInput withClientId(String value) {
        return new SigningInput(method, uri, value, time, body);
    }

    SigningInput withTime(String value) {
        return new SigningInput(method, uri, clientId, value, body);
    }

    SigningInput withBody(byte[] value) {
        return new SigningInput(method, uri, clientId, time, value);
    }
}

package dev.dstorekit.signature.micronaut;

import io.micronaut.http.client.exceptions.HttpClientException;

/**
 * The answer to one of our own calls was unsigned or its signature did not verify. It is thrown by
 * the client filter, so the call counts as a failed attempt and is retried like a lost answer.
 */
public class SignatureVerificationException extends HttpClientException {

    public SignatureVerificationException(String message) {
        super(message);
    }
}

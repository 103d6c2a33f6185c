package dev.dstorekit.signature.micronaut;

import io.micronaut.http.HttpRequest;

import java.net.URI;

/** The {@code <HTTP-URI>} of the string to sign: path plus query as sent, never scheme or host. */
final class SignedUris {

    private SignedUris() {
    }

    static String of(HttpRequest<?> request) {
        URI uri = request.getUri();
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        String query = uri.getRawQuery();
        return query == null ? path : path + "?" + query;
    }
}

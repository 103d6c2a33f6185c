package dev.dstorekit.simulator.recording;

import dev.dstorekit.signature.SignatureExplainer;
import dev.dstorekit.simulator.config.PosPublicKey;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * {@code dstore-sign explain}'s report for a signature of the POS that did not verify: the exact string to sign with
 * invisible characters shown and the likely cause. The report names the key only by its digest and the signature
 * only by its length, so it is safe to keep in the journal.
 */
@Singleton
class SignatureExplanations {

    private final BeanProvider<PosPublicKey> posKey;

    SignatureExplanations(BeanProvider<PosPublicKey> posKey) {
        this.posKey = posKey;
    }

    String explain(String method, String uri, @Nullable String clientId, @Nullable String time, byte[] body,
                   @Nullable String signatureHeader) {
        return SignatureExplainer.report(method, uri, clientId == null ? "" : clientId, time == null ? "" : time,
                body, signatureHeader, posKey.isPresent() ? posKey.get().key() : null);
    }

    /** The {@code <HTTP-URI>} of the string to sign: path plus query as sent. */
    static String signedUri(HttpRequest<?> request) {
        URI uri = request.getUri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}

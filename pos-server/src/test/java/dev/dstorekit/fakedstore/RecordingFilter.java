package dev.dstorekit.fakedstore;

import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Keeps the exact bytes of each call for the journal, and — outside the signing filter, so after it on the way
 * out — strips or breaks the answer's signature when the script says so.
 */
@ServerFilter({SignatureServerFilter.POS_API, SignatureServerFilter.PDS_API})
public class RecordingFilter implements Ordered {

    static final String BODY = "fake.body";
    static final String SIGNING = "fake.signing";

    @RequestFilter
    public void keep(HttpRequest<?> request, @Nullable @Body byte[] body) {
        request.setAttribute(BODY, body == null ? new byte[0] : body);
    }

    @ResponseFilter
    public void resign(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Reply.Signing signing = request.getAttribute(SIGNING, Reply.Signing.class).orElse(Reply.Signing.SIGNED);
        String signature = response.getHeaders().get("Signature");
        if (signing == Reply.Signing.UNSIGNED) {
            response.getHeaders().remove("Signature");
        } else if (signing == Reply.Signing.TAMPERED && signature != null) {
            response.getHeaders().set("Signature", signature.substring(0, signature.length() - 8) + "AAAAAAAA");
        }
    }

    @Override
    public int getOrder() {
        return SignatureServerFilter.ORDER - 50;
    }
}

package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.answer.ResultAnswerFilter;
import dev.dstorekit.pos.order.application.RequestBody;
import dev.dstorekit.signature.micronaut.SignatureServerFilter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Keeps the exact body bytes of createOrder and pushOrderChange for the controller, which only sees the bound
 * model: they are stored with the order and hashed to recognise a replay that carries another body. Runs after
 * the signature filter, so only verified requests get here.
 */
@ServerFilter({"/v2/pos/createOrder", "/v2/pos/pushOrderChange"})
public class RawBodyFilter implements Ordered {

    static final String ATTRIBUTE = "pos.request.body";

    @RequestFilter
    public void keep(HttpRequest<?> request, @Nullable @Body byte[] body) {
        request.setAttribute(ATTRIBUTE, RequestBody.of(body == null ? new byte[0] : body));
    }

    @Override
    public int getOrder() {
        return (SignatureServerFilter.ORDER + ResultAnswerFilter.ORDER) / 2;
    }
}

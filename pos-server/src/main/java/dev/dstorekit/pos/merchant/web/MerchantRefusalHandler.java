package dev.dstorekit.pos.merchant.web;

import dev.dstorekit.pos.merchant.MerchantRefusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A refused merchant request is an answer, not an error: 404, 400 or 409 as a problem, and no error log. */
@Produces
@Singleton
public class MerchantRefusalHandler implements ExceptionHandler<MerchantRefusal, HttpResponse<byte[]>> {

    private final Problems problems;

    public MerchantRefusalHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<byte[]> handle(HttpRequest request, MerchantRefusal refusal) {
        return problems.response(Problems.problem(refusal));
    }
}

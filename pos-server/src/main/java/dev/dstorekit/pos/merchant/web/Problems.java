package dev.dstorekit.pos.merchant.web;

import dev.dstorekit.api.merchant.model.Problem;
import dev.dstorekit.api.merchant.model.TargetStatus;
import dev.dstorekit.api.merchant.model.OrderStatus;
import dev.dstorekit.pos.merchant.MerchantRefusal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the merchant API's {@code application/problem+json} answers (RFC 9457, the spec's {@code Problem}). */
@Singleton
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static Problem problem(int status, @Nullable String detail) {
        HttpStatus known = HttpStatus.valueOf(status);
        Problem problem = new Problem();
        problem.setType("about:blank");
        problem.setTitle(known.getReason());
        problem.setStatus(status);
        problem.setDetail(detail);
        return problem;
    }

    /** 404 carries no detail at all: whether the resource exists in another account is nobody's business. */
    public static Problem problem(MerchantRefusal refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> problem(404, null);
            case BAD_INPUT -> problem(400, refusal.detail());
            case CONFLICT -> {
                Problem problem = problem(409, refusal.detail());
                if (refusal.currentStatus() != null) {
                    problem.setCurrentStatus(OrderStatus.fromValue(refusal.currentStatus()));
                }
                if (refusal.allowedNextStates() != null) {
                    problem.setAllowedNextStates(refusal.allowedNextStates().stream().map(TargetStatus::fromValue)
                            .toList());
                }
                yield problem;
            }
        };
    }

    /** The problem as the bytes to send, with its status and content type. */
    public MutableHttpResponse<byte[]> response(Problem problem) {
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(PROBLEM_JSON)
                .body(encode(problem));
    }

    public byte[] encode(Problem problem) {
        try {
            return json.writeValueAsBytes(Argument.of(Problem.class), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

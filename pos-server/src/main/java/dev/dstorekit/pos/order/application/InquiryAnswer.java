package dev.dstorekit.pos.order.application;

import io.micronaut.core.annotation.Nullable;

/** What inquireOrderDetail answers: the stored order's id and latest status, or why there is none. */
public record InquiryAnswer(Answer result,
                            @Nullable String posOrderId,
                            @Nullable String orderStatus,
                            @Nullable String shortOrderNumber) {
}

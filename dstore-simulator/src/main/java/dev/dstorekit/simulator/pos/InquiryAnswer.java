package dev.dstorekit.simulator.pos;

import io.micronaut.core.annotation.Nullable;

/** inquireOrderDetail's answer: on S the order's id and status as the POS has them. */
public record InquiryAnswer(PosResult result, @Nullable String posOrderId, @Nullable String orderStatus) {
}

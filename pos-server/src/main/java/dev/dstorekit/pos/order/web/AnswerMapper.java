package dev.dstorekit.pos.order.web;

import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.InquiryOrderStatus;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.Result;
import dev.dstorekit.api.pos.model.ResultStatus;
import dev.dstorekit.pos.order.application.Answer;
import dev.dstorekit.pos.order.application.CreateOrderAnswer;
import dev.dstorekit.pos.order.application.InquiryAnswer;

import java.util.Map;

/**
 * Domain answers → generated response models. Deterministic, so a stored answer replayed through it produces the
 * same bytes as the first time.
 */
final class AnswerMapper {

    private AnswerMapper() {
    }

    static CreateOrderResponse createOrder(CreateOrderAnswer answer) {
        CreateOrderResponse response = new CreateOrderResponse(result(answer.result()));
        response.setPosOrderId(answer.posOrderId());
        response.setAutoAccept(answer.autoAccept());
        response.setShortOrderNumber(answer.shortOrderNumber());
        response.setOrderStatus(answer.orderStatus() == null ? null : InquiryOrderStatus.fromValue(answer.orderStatus()));
        return response;
    }

    static InquireOrderDetailResponse inquiry(InquiryAnswer answer) {
        InquireOrderDetailResponse response = new InquireOrderDetailResponse(result(answer.result()));
        response.setPosOrderId(answer.posOrderId());
        response.setOrderStatus(answer.orderStatus() == null ? null : InquiryOrderStatus.fromValue(answer.orderStatus()));
        if (answer.shortOrderNumber() != null) {
            response.setExtendInfo(Map.of("shortOrderNumber", answer.shortOrderNumber()));
        }
        return response;
    }

    static PushOrderChangeResponse pushOrderChange(Answer answer) {
        return new PushOrderChangeResponse(result(answer));
    }

    private static Result result(Answer answer) {
        Result result = new Result(ResultStatus.fromValue(answer.resultStatus()), answer.resultCode());
        result.setResultMessage(answer.resultMessage());
        return result;
    }
}

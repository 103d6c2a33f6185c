package dev.dstorekit.simulator.pos;

import dev.dstorekit.api.pos.model.CreateOrderResponse;
import dev.dstorekit.api.pos.model.DeliveryStatus;
import dev.dstorekit.api.pos.model.InquireOrderDetailResponse;
import dev.dstorekit.api.pos.model.PushOrderChangeRequest;
import dev.dstorekit.api.pos.model.PushOrderChangeResponse;
import dev.dstorekit.api.pos.model.PushOrderStatus;
import dev.dstorekit.api.pos.model.Result;

/** The one place where the generated POS API models meet the simulator's own: answers in, pushOrderChange out. */
final class PosMapper {

    private PosMapper() {
    }

    static CreateAnswer createAnswer(CreateOrderResponse answer) {
        return new CreateAnswer(result(answer.getResult()), answer.getPosOrderId(), answer.getAutoAccept(),
                answer.getOrderStatus() == null ? null : answer.getOrderStatus().getValue());
    }

    static InquiryAnswer inquiryAnswer(InquireOrderDetailResponse answer) {
        return new InquiryAnswer(result(answer.getResult()), answer.getPosOrderId(),
                answer.getOrderStatus() == null ? null : answer.getOrderStatus().getValue());
    }

    static PosResult pushAnswer(PushOrderChangeResponse answer) {
        return result(answer.getResult());
    }

    static PushOrderChangeRequest pushRequest(ChannelChange change) {
        PushOrderChangeRequest request = new PushOrderChangeRequest(change.requestId(), change.requestOrderId());
        if (change.orderStatus() != null) {
            request.orderStatus(PushOrderStatus.fromValue(change.orderStatus()));
        }
        if (change.deliveryStatus() != null) {
            request.deliveryStatus(DeliveryStatus.fromValue(change.deliveryStatus()));
        }
        if (change.modification() != null) {
            request.updatedOrderProducts(change.modification().lines()).refundInfo(change.modification().refundInfo());
        }
        return request;
    }

    private static PosResult result(Result result) {
        return new PosResult(PosResult.Status.valueOf(result.getResultStatus().getValue()), result.getResultCode(),
                result.getResultMessage());
    }
}

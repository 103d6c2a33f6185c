package dev.dstorekit.pos.store.outbound;

import dev.dstorekit.api.pds.model.AddStoreRequest;
import dev.dstorekit.api.pds.model.PdsStore;
import dev.dstorekit.pos.outbox.application.OutboundMessage;
import dev.dstorekit.pos.outbox.application.Outbox;
import dev.dstorekit.pos.outbox.domain.OutboundOperation;
import dev.dstorekit.pos.store.application.StoreAnnouncements;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** {@link StoreAnnouncements} through the outbox, in the generated pds request model. */
@Singleton
public class AddStoreMessages implements StoreAnnouncements {

    private final Outbox outbox;
    private final JsonMapper json;

    public AddStoreMessages(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public String queueAddStore(String posAccountId, String posStoreId, String pdsStoreJson) {
        String requestId = "store-" + UUID.randomUUID();
        AddStoreRequest request = new AddStoreRequest(requestId);
        request.setStore(read(pdsStoreJson));
        outbox.queue(OutboundMessage.aboutStore(OutboundOperation.ADD_STORE, requestId, posAccountId, posStoreId,
                request));
        return requestId;
    }

    private PdsStore read(String pdsStoreJson) {
        try {
            return json.readValue(pdsStoreJson, Argument.of(PdsStore.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON unreadable as PdsStore", e);
        }
    }
}

package dev.dstorekit.pos.config;

import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFileLoader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dstore.resources} ({@code DSTORE_RESOURCES}): a resources file (the integration guide's resource table, see
 * dstore-signature's {@code dev.dstorekit.resources}) gives the server {@code dstore.client-id}, {@code dstore.public-key},
 * {@code dstore.gateway-url} and {@code pos.private-key}, below every other setting. Merchants and stores
 * ({@code pos.merchants}) stay in the server's configuration: they carry API tokens and options the file has not.
 */
public class ResourcesPropertySourceLoader extends ResourcesFileLoader {

    @Override
    protected Map<String, Object> values(Resources resources) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ServerSettingsFactory.CLIENT_ID.name(), resources.dstore().clientId());
        values.put(ServerSettingsFactory.DSTORE_PUBLIC_KEY.name(), resources.dstore().publicKey());
        values.put(ServerSettingsFactory.GATEWAY_URL.name(), resources.dstore().gatewayEndpoint().toString());
        values.put(ServerSettingsFactory.POS_PRIVATE_KEY.name(), resources.pos().privateKey());
        return values;
    }
}

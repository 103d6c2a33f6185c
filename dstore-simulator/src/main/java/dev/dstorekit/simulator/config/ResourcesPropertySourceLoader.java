package dev.dstorekit.simulator.config;

import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFileLoader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dstore.resources} ({@code DSTORE_RESOURCES}): the simulator, playing D-Store, takes from a resources file the
 * Client-Id, D-Store's private key ({@code dstore.privateKey}, which only a file for a local run has), the POS's public
 * key and the POS gateway endpoint, below every other setting. The same file can start pos-server.
 */
public class ResourcesPropertySourceLoader extends ResourcesFileLoader {

    @Override
    protected Map<String, Object> values(Resources resources) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("simulator.client-id", resources.dstore().clientId());
        if (resources.dstore().privateKey() != null) {
            values.put("simulator.dstore-private-key", resources.dstore().privateKey());
        }
        values.put("simulator.pos.public-key", resources.pos().publicKey());
        values.put("simulator.pos.gateway-url", resources.pos().gatewayEndpoint().toString());
        return values;
    }
}

package dev.dstorekit.simulator.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Options shared by the commands that serve D-Store's side; each maps to one configuration key. */
public class ServerOptions {

    static final String DATA_DIR = "simulator.data-dir";

    @Option(names = "--port", description = "HTTP port of the simulator (micronaut.server.port; default 8090)")
    Integer port;

    @Option(names = "--host", description = "the address to listen on (micronaut.server.host; default 127.0.0.1, this "
            + "machine only; 0.0.0.0 for every interface, and then the control API needs a token)")
    String host;

    @Option(names = "--control-token-file", description = "where to write the control API token generated when listening "
            + "beyond loopback without simulator.control-token (simulator.control-token-file; default ./simulator-control-token)")
    String controlTokenFile;

    @Option(names = "--resources", description = "a resources file (the integration guide's resource table) giving the "
            + "client id, both keys and the POS gateway; the options below win over it (dstore.resources)")
    String resources;

    @Option(names = "--pos-url", description = "the POS gateway, e.g. http://localhost:8080 (simulator.pos.gateway-url)")
    String posUrl;

    @Option(names = "--client-id", description = "the POS provider's client id (simulator.client-id)")
    String clientId;

    @Option(names = "--dstore-private-key", description = "D-Store's RSA private key: base64 PKCS#8, PEM or a file (simulator.dstore-private-key)")
    String dstorePrivateKey;

    @Option(names = "--pos-public-key", description = "the POS's RSA public key: base64 X.509, PEM or a file (simulator.pos.public-key)")
    String posPublicKey;

    @Option(names = "--clock-speed", description = "how much faster than real time scenario windows pass (simulator.clock-speed)")
    Double clockSpeed;

    @Option(names = "--merchant-driver", description = "none, or an HTTP script that plays the merchant (simulator.merchant-driver)")
    String merchantDriver;

    @Option(names = "--scenario-dir", description = "a directory of extra scenario files; repeatable (simulator.scenario-dirs)")
    List<String> scenarioDirs = new ArrayList<>();

    @Option(names = "--fault", description = "a fault on the simulator's endpoints, e.g. notifyOrderChange:UNKNOWN:next=2; repeatable (simulator.faults)")
    List<String> faults = new ArrayList<>();

    @Option(names = "--create-order-budget", description = "createOrder's budget, default 8s (simulator.pos.create-order-budget)")
    String createOrderBudget;

    @Option(names = "--data-dir", description = "where the sandbox keeps its stores, catalogs, orders and messages across "
            + "restarts, an embedded database (simulator.data-dir; serve: default ./simulator-data, other commands: in memory)")
    String dataDir;

    Map<String, Object> configuration() {
        Map<String, Object> properties = new HashMap<>();
        put(properties, "micronaut.server.port", port);
        put(properties, "micronaut.server.host", host);
        put(properties, "simulator.control-token-file", controlTokenFile);
        put(properties, "dstore.resources", resources);
        put(properties, "simulator.pos.gateway-url", posUrl);
        put(properties, "simulator.client-id", clientId);
        put(properties, "simulator.dstore-private-key", dstorePrivateKey);
        put(properties, "simulator.pos.public-key", posPublicKey);
        put(properties, "simulator.clock-speed", clockSpeed);
        put(properties, "simulator.merchant-driver", merchantDriver);
        put(properties, "simulator.pos.create-order-budget", createOrderBudget);
        put(properties, DATA_DIR, dataDir);
        if (!scenarioDirs.isEmpty()) {
            properties.put("simulator.scenario-dirs", List.copyOf(scenarioDirs));
        }
        if (!faults.isEmpty()) {
            properties.put("simulator.faults", List.copyOf(faults));
        }
        return properties;
    }

    static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}

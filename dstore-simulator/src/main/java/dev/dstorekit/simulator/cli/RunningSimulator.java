package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.config.SimulatorConfiguration;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Options of the commands that drive a simulator already serving, through its control API. */
public class RunningSimulator {

    @Option(names = "--simulator-url", required = true, description = "the running simulator, e.g. http://localhost:8090")
    URI url;

    @Option(names = "--control-token-file", description = "a file holding the simulator's control API token, e.g. the one "
            + "it wrote when bound beyond loopback (simulator.control-token-file; or set SIMULATOR_CONTROL_TOKEN)")
    String controlTokenFile;

    Map<String, Object> configuration() {
        Map<String, Object> properties = new HashMap<>();
        ServerOptions.put(properties, "simulator.control-token-file", controlTokenFile);
        return properties;
    }

    ControlClient client(SimulatorConfiguration config) {
        return ControlClient.of(url, config);
    }
}

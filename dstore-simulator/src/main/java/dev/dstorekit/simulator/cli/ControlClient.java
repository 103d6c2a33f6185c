package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.config.SimulatorConfiguration;
import io.micronaut.context.exceptions.ConfigurationException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Requests to a running simulator's control API, carrying its bearer token when one is configured:
 * {@code simulator.control-token} (SIMULATOR_CONTROL_TOKEN), or the file {@code simulator.control-token-file} names
 * ({@code --control-token-file}, e.g. the one a simulator bound beyond loopback wrote). Never on the command line,
 * where other users of the machine could read it.
 */
final class ControlClient {

    private final URI simulatorUrl;
    private final Optional<String> token;

    private ControlClient(URI simulatorUrl, Optional<String> token) {
        this.simulatorUrl = simulatorUrl;
        this.token = token;
    }

    static ControlClient of(URI simulatorUrl, SimulatorConfiguration config) {
        String token = config.getControlToken();
        if (token != null && !token.isBlank()) {
            return new ControlClient(simulatorUrl, Optional.of(token.strip()));
        }
        String file = config.getControlTokenFile();
        if (file == null || file.isBlank()) {
            return new ControlClient(simulatorUrl, Optional.empty());
        }
        try {
            return new ControlClient(simulatorUrl, Optional.of(Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip()));
        } catch (IOException | InvalidPathException e) {
            throw new ConfigurationException("simulator.control-token-file: cannot read '" + file + "' ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    URI url() {
        return simulatorUrl;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(simulatorUrl.resolve(pathAndQuery));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request;
    }

    /** Added to an HTTP 401 from the control API. */
    static String hint(int status) {
        return status == 401 ? " (set SIMULATOR_CONTROL_TOKEN or --control-token-file to the simulator's control token)" : "";
    }
}

package dev.dstorekit.simulator.cli;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A command whose options are configuration: before the application context starts, its options become
 * configuration properties (only those given, so environment variables and {@code MICRONAUT_CONFIG_FILES} still
 * apply), and bad values stop start-up with a message naming the key.
 */
public interface ConfiguredCommand extends Callable<Integer> {

    /** The configuration properties this command's options set. */
    Map<String, Object> configuration();

    /** Environments the command's context runs in besides {@code cli}. */
    default Set<String> environments() {
        return Set.of();
    }
}

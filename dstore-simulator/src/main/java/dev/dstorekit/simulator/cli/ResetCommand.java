package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.config.SignatureSettingsFactory;
import dev.dstorekit.simulator.persistence.SandboxDatabase;
import dev.dstorekit.simulator.state.CleanSlate;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code reset}: the sandbox's clean slate for a simulator that is not running. A running one holds its database
 * open, so this refuses (exit 2) and points at the running simulator's own reset instead.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Forget every store, catalog, order, answer, violation and message a stopped simulator kept in its "
                + "data directory. A running simulator is reset with its console's button or POST /control/reset.")
public class ResetCommand implements ConfiguredCommand {

    @Option(names = "--data-dir", defaultValue = "${env:SIMULATOR_DATA_DIR:-" + ServeCommand.DEFAULT_DATA_DIR + "}",
            description = "the data directory to wipe (default: $SIMULATOR_DATA_DIR or " + ServeCommand.DEFAULT_DATA_DIR + ", as serve)")
    Path dataDir;

    /** Looked up only when there is something to wipe, so an empty directory gets no database. */
    @Inject
    BeanProvider<CleanSlate> cleanSlate;

    @Inject
    BeanProvider<SandboxDatabase> database;

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ServerOptions.DATA_DIR, dataDir.toString());
        return properties;
    }

    /** Wiping the state needs no keys. */
    @Override
    public Set<String> environments() {
        return Set.of(SignatureSettingsFactory.WITHOUT_IDENTITY);
    }

    @Override
    public Integer call() {
        if (!Files.exists(dataDir.resolve(SandboxDatabase.FILE_NAME + ".mv.db"))) {
            System.out.println("reset: no sandbox state in " + dataDir + "; nothing to forget");
            return 0;
        }
        cleanSlate.get().wipe();
        System.out.println("reset: every store, catalog, order, answer, violation and message in "
                + database.get().description() + " forgotten");
        return 0;
    }
}

package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.config.SimulatorConfiguration;
import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code scenario NAME --simulator-url URL}: asks a running simulator (its control API) to run a scenario, shows
 * its progress, writes the report and exits like {@code run}.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Run scenario NAME on a running simulator (control API) and wait: exit 0 no violations, "
                + "1 violations, 2 could not run.")
public class ScenarioCommand implements ConfiguredCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "the scenario, e.g. happy-pickup")
    String name;

    @Mixin
    RunningSimulator simulator = new RunningSimulator();

    @Option(names = "--report-dir", defaultValue = "simulator-report", description = "where the JSON and JUnit XML reports go (default ./simulator-report)")
    Path reportDir;

    @Option(names = "--seed", defaultValue = "1", description = "orders are generated from it (default 1)")
    long seed;

    @Option(names = "--clock-speed", description = "overrides the scenario's clock speed")
    Double clockSpeed;

    @Option(names = "--catalog-wait", description = "seconds to wait for the POS's catalog (default: the simulator's setting)")
    Integer catalogWait;

    @Option(names = "--quiet", description = "print only violations and the summary (same as --detail quiet)")
    boolean quiet;

    @Option(names = "--detail", defaultValue = "calls", description = "progress shown: quiet, steps (one line per step of each order) or calls (every call; default)")
    String detail;

    @Inject
    JsonMapper json;

    @Inject
    SimulatorConfiguration config;

    @Inject
    ReportWriter reports;

    @Override
    public Map<String, Object> configuration() {
        return simulator.configuration();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true);
        RunReport report;
        try {
            report = new RemoteRun(json, simulator.client(config)).run(RemoteRun.request(name, seed, quiet ? "quiet" : detail, clockSpeed,
                    catalogWait), out::println);
        } catch (CouldNotRun e) {
            System.err.println("dstore-simulator: " + e.getMessage());
            return 2;
        }
        reports.write(report, reportDir).forEach(file -> out.println("report: " + file));
        return report.exitCode();
    }
}

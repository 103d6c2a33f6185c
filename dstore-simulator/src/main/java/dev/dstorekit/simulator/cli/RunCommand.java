package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.report.ReportWriter;
import dev.dstorekit.simulator.report.RunReport;
import dev.dstorekit.simulator.scenario.RunOptions;
import dev.dstorekit.simulator.scenario.ScenarioRunner;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code run SCENARIO}: starts the simulator, runs one scenario against the POS, writes the report and exits with
 * 0 (no violations), 1 (violations) or 2 (could not run). Without SCENARIO it serves like {@code serve}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run SCENARIO against the POS and exit: 0 no violations, 1 violations, 2 could not run. "
                + "Without SCENARIO: serve (same as 'serve').")
public class RunCommand implements ConfiguredCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "e.g. happy-pickup, lunch-rush")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "orders are generated from it (default 1)")
    long seed;

    @Option(names = "--report-dir", defaultValue = "simulator-report", description = "where the JSON and JUnit XML reports go (default ./simulator-report)")
    Path reportDir;

    @Option(names = "--catalog-wait", description = "how long to wait for the POS's syncProduct, e.g. 60s (simulator.catalog-wait)")
    String catalogWait;

    @Option(names = "--quiet", description = "print only violations and the summary (same as --detail quiet)")
    boolean quiet;

    @Option(names = "--detail", defaultValue = "calls", description = "progress shown: quiet, steps (one line per step of each order) or calls (every call; default)")
    String detail;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, Object> configuration() {
        Map<String, Object> properties = server.configuration();
        ServerOptions.put(properties, "simulator.catalog-wait", catalogWait);
        return properties;
    }

    @Override
    public Integer call() throws Exception {
        if (scenario == null) {
            ServeCommand serve = new ServeCommand();
            serve.context = context;
            return serve.call();
        }
        RunOptions.Detail shown = quiet ? RunOptions.Detail.QUIET : RunOptions.Detail.parse(detail);
        PrintWriter out = new PrintWriter(System.out, true);
        EmbeddedServer embedded = Servers.start(context, out);
        try {
            RunReport report = context.getBean(ScenarioRunner.class).run(scenario, new RunOptions(seed, server.clockSpeed,
                    null, shown), out::println);
            for (Path file : context.getBean(ReportWriter.class).write(report, reportDir)) {
                out.println("report: " + file);
            }
            return report.exitCode();
        } finally {
            embedded.stop();
        }
    }

}

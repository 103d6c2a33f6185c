package dev.dstorekit.simulator.cli;

import dev.dstorekit.simulator.scenario.Scenario;
import dev.dstorekit.simulator.scenario.ScenarioCatalog;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists the scenarios (shipped and from --scenario-dir) with one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the available scenarios.")
public class ScenariosCommand implements ConfiguredCommand {

    @Option(names = "--scenario-dir", description = "a directory of extra scenario files; repeatable")
    List<String> scenarioDirs = new ArrayList<>();

    @Inject
    ScenarioCatalog scenarios;

    @Override
    public Map<String, Object> configuration() {
        return scenarioDirs.isEmpty() ? Map.of() : Map.of("simulator.scenario-dirs", List.copyOf(scenarioDirs));
    }

    @Override
    public Integer call() {
        for (Scenario scenario : scenarios.all().values()) {
            String text = scenario.description().strip().replaceAll("\\s+", " ");
            System.out.printf("%-32s %s%s%n", scenario.name(), scenario.needsMerchant() ? "[merchant] " : "", text);
        }
        return 0;
    }
}

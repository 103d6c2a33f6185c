package dev.dstorekit.simulator.scenario;

import dev.dstorekit.simulator.config.SimulatorSettings;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scenarios available: those shipped in the jar under {@code scenarios/} (listed in
 * {@code scenarios/index.txt}) and every {@code *.yaml}/{@code *.yml} in the directories of
 * {@code simulator.scenario-dirs}. A user scenario with the name of a shipped one replaces it. Files are read on
 * each lookup, so edits apply to the next run.
 */
@Singleton
public class ScenarioCatalog {

    private final List<Path> directories;

    public ScenarioCatalog(SimulatorSettings settings) {
        this.directories = settings.scenarioDirs().stream().map(Paths::get).toList();
    }

    /** Every scenario by name; a file that does not parse throws with its name. */
    public Map<String, Scenario> all() {
        Map<String, Scenario> scenarios = new TreeMap<>();
        for (String file : shippedFiles()) {
            try (InputStream in = resource("scenarios/" + file)) {
                Scenario scenario = ScenarioParser.parse(in, "classpath:scenarios/" + file);
                scenarios.put(scenario.name(), scenario);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new ScenarioException("simulator.scenario-dirs: " + directory + " is not a directory");
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(ScenarioCatalog::isYaml).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        Scenario scenario = ScenarioParser.parse(in, file.toString());
                        scenarios.put(scenario.name(), scenario);
                    }
                }
            } catch (IOException e) {
                throw new ScenarioException(directory + ": " + e.getMessage());
            }
        }
        return scenarios;
    }

    public Optional<Scenario> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The named scenario, or an exception listing the known names. */
    public Scenario require(String name) {
        Map<String, Scenario> all = all();
        Scenario scenario = all.get(name);
        if (scenario == null) {
            throw new ScenarioException("no scenario named '" + name + "'; known: " + String.join(", ", all.keySet()));
        }
        return scenario;
    }

    private static List<String> shippedFiles() {
        List<String> files = new ArrayList<>();
        try (InputStream in = resource("scenarios/index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ScenarioCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the simulator jar");
        }
        return in;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}

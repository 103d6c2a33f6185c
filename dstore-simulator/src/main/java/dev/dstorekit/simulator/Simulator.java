package dev.dstorekit.simulator;

import dev.dstorekit.simulator.cli.ConfiguredCommand;
import dev.dstorekit.simulator.cli.LoadCommand;
import dev.dstorekit.simulator.cli.ResetCommand;
import dev.dstorekit.simulator.cli.RunCommand;
import dev.dstorekit.simulator.cli.SandboxCommand;
import dev.dstorekit.simulator.cli.ScenarioCommand;
import dev.dstorekit.simulator.cli.ScenariosCommand;
import dev.dstorekit.simulator.cli.ServeCommand;
import dev.dstorekit.simulator.cli.SignatureToolCommand;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code dstore-simulator}: D-Store on a laptop. The command line is read twice: first to turn the chosen
 * command's options into configuration properties, then, inside an application context started with them, to run
 * the command with its beans injected (micronaut-picocli's {@link MicronautFactory}). The signature tool's commands
 * run without a context. Exit codes: 0 ok / no violations, 1 violations, 2 could not run (bad configuration,
 * usage, POS unreachable).
 */
@Command(name = "dstore-simulator", mixinStandardHelpOptions = true, versionProvider = Simulator.Version.class,
        description = "D-Store on a laptop: strict with what a POS sends, realistic and unkind in what it sends.",
        subcommands = {ServeCommand.class, RunCommand.class, ScenarioCommand.class, ScenariosCommand.class, LoadCommand.class, SandboxCommand.class, ResetCommand.class,
                SignatureToolCommand.Sign.class, SignatureToolCommand.Verify.class, SignatureToolCommand.Explain.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:served until stopped, or no violations", "1:violations", "2:could not run (configuration, usage, POS unreachable)"})
public final class Simulator implements Callable<Integer> {

    public static final int COULD_NOT_RUN = 2;
    private static final Set<String> SIGNATURE_TOOL = Set.of("sign", "verify", "explain");

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting the JVM; returns the exit code. */
    public static int execute(String... args) {
        if (args.length > 0 && SIGNATURE_TOOL.contains(args[0])) {
            return dev.dstorekit.signature.cli.DStoreSign.run(System.in, System.out, System.err, java.time.Clock.systemDefaultZone(), args);
        }
        CommandLine parser = configure(new CommandLine(new Simulator()));
        CommandLine.ParseResult parsed;
        try {
            parsed = parser.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("dstore-simulator: " + e.getMessage());
            System.err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return COULD_NOT_RUN;
        } catch (RuntimeException e) {
            System.err.println("dstore-simulator: " + e.getMessage());
            return COULD_NOT_RUN;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        List<CommandLine> chosen = parsed.asCommandLineList();
        Object command = chosen.get(chosen.size() - 1).getCommand();
        if (!(command instanceof ConfiguredCommand configured)) {
            parser.usage(System.err);
            return COULD_NOT_RUN;
        }
        Map<String, Object> properties = configured.configuration();
        try (ApplicationContext context = ApplicationContext.builder(Simulator.class, Environment.CLI)
                .environments(configured.environments().toArray(String[]::new)).properties(properties).start()) {
            return configure(new CommandLine(Simulator.class, new MicronautFactory(context))).execute(args);
        } catch (RuntimeException e) {
            System.err.println("dstore-simulator: " + rootMessage(e));
            return COULD_NOT_RUN;
        }
    }

    private static CommandLine configure(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler((e, failed, result) -> {
            System.err.println("dstore-simulator: " + rootMessage(e));
            return COULD_NOT_RUN;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            System.err.println("dstore-simulator: " + e.getMessage());
            System.err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return COULD_NOT_RUN;
        });
        return commandLine;
    }

    /** The innermost message: a configuration error names its key there, not in Micronaut's wrapper. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return COULD_NOT_RUN;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Simulator.class.getPackage().getImplementationVersion();
            return new String[] {"dstore-simulator " + (version == null ? "(development build)" : version)};
        }
    }
}

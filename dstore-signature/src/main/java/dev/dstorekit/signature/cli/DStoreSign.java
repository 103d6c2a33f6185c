package dev.dstorekit.signature.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dstore-sign}: signs, verifies and explains D-Store signatures and makes POS key pairs from the command line, so integrators and
 * support can check a request without writing code. Runs stand-alone (no Micronaut); exit codes: 0 ok,
 * 1 signature invalid, 2 bad input.
 */
@Command(name = "dstore-sign",
        mixinStandardHelpOptions = true,
        versionProvider = DStoreSign.Version.class,
        description = "Sign, verify and explain D-Store (Alipay) SHA256withRSA signatures.%n"
                + "String to sign: <METHOD> <URI>\\n<Client-Id>.<Request-Time>.<body>",
        subcommands = {SignCommand.class, VerifyCommand.class, ExplainCommand.class, KeygenCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:signed / valid / explained without a failing signature",
                "1:signature invalid", "2:bad input (usage, unreadable key or file)"})
public final class DStoreSign implements Callable<Integer> {

    /** Exit code for a successful run. */
    public static final int OK = 0;
    /** Exit code when a signature does not verify. */
    public static final int INVALID = 1;
    /** Exit code for bad input: usage errors, unreadable keys or files. */
    public static final int BAD_INPUT = 2;

    private final Context context;

    DStoreSign(Context context) {
        this.context = context;
    }

    /** Where a run reads and writes, and its clock; tests substitute their own. */
    record Context(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
    }

    Context context() {
        return context;
    }

    @Override
    public Integer call() {
        context.err().println("dstore-sign: missing command (sign, verify, explain or keygen)");
        context.err().println("Try 'dstore-sign --help' for more information.");
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(System.in, out, err, Clock.systemDefaultZone(), args));
    }

    /**
     * Runs the tool without exiting the JVM.
     *
     * @return the exit code (0 ok, 1 invalid signature, 2 bad input)
     */
    public static int run(InputStream in, PrintStream out, PrintStream err, Clock clock, String... args) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            return commandLine(new Context(in, outWriter, errWriter, clock)).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(Context context) {
        CommandLine cli = new CommandLine(new DStoreSign(context), new Factory(context));
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("dstore-sign: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failed.getErr().println("dstore-sign: " + message.lines().findFirst().orElse(message));
            return BAD_INPUT;
        });
        return cli;
    }

    /** Creates sub-commands with the run's context, so they need no static state. */
    private record Factory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == SignCommand.class) {
                return type.cast(new SignCommand(context));
            }
            if (type == VerifyCommand.class) {
                return type.cast(new VerifyCommand(context));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(context));
            }
            if (type == KeygenCommand.class) {
                return type.cast(new KeygenCommand(context));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version from the jar manifest, or "development build" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DStoreSign.class.getPackage().getImplementationVersion();
            return new String[] {"dstore-sign " + (version == null ? "(development build)" : version)};
        }
    }
}

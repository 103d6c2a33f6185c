package dev.dstorekit.simulator.cli;

import dev.dstorekit.signature.cli.DStoreSign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sign}, {@code verify} and {@code explain}: the dstore-signature tool ({@code dstore-sign}), reachable
 * from the simulator jar. Arguments go to it unchanged; {@code dstore-simulator sign --help} shows its help.
 */
public abstract class SignatureToolCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "arguments of the signature tool")
    List<String> arguments = new ArrayList<>();

    abstract String tool();

    @Override
    public Integer call() {
        List<String> all = new ArrayList<>();
        all.add(tool());
        all.addAll(arguments);
        return run(all.toArray(String[]::new));
    }

    /** Runs the signature tool with {@code args} (its first element is sign, verify or explain). */
    static int run(String... args) {
        return DStoreSign.run(System.in, System.out, System.err, Clock.systemDefaultZone(), args);
    }

    @Command(name = "sign", description = "Sign a request or answer the D-Store way (the dstore-sign tool; see 'sign --help').")
    public static class Sign extends SignatureToolCommand {
        @Override
        String tool() {
            return "sign";
        }
    }

    @Command(name = "verify", description = "Verify a Signature header (the dstore-sign tool; see 'verify --help').")
    public static class Verify extends SignatureToolCommand {
        @Override
        String tool() {
            return "verify";
        }
    }

    @Command(name = "explain", description = "Show the string to sign and why a signature fails (the dstore-sign tool; see 'explain --help').")
    public static class Explain extends SignatureToolCommand {
        @Override
        String tool() {
            return "explain";
        }
    }
}

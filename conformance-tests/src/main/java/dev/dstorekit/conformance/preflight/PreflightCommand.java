package dev.dstorekit.conformance.preflight;

import dev.dstorekit.conformance.preflight.Finding.Verdict;
import dev.dstorekit.resources.Resources;
import dev.dstorekit.resources.ResourcesFile;
import dev.dstorekit.resources.ResourcesFileException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dstore-conformance preflight --resources production.yml [--sandbox sandbox.yml]}: the go-live check of the
 * integration guide's step 4, run before launch (and in CI) rather than learned from D-Store's first refused call.
 */
@Command(name = "preflight", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a production resources file before going live: https endpoints that differ from the "
                + "sandbox's, a POS key pair that matches, no sandbox or TEST value, RSA keys of 2048 bits or more, a TLS "
                + "handshake with D-Store's gateway and the local clock against its Date header.",
                "Exit status: 0 no finding failed, 1 a finding failed, 2 unusable input (unreadable or invalid file)."})
public final class PreflightCommand implements Callable<Integer> {

    /** Exit status when no check failed (skipped ones included). */
    public static final int OK = 0;
    /** Exit status when at least one check failed. */
    public static final int FINDINGS = 1;
    /** Exit status when a resources file cannot be used at all. */
    public static final int UNUSABLE_INPUT = 2;

    @Option(names = "--resources", required = true, paramLabel = "FILE", description = "The production resources file.")
    Path resources;

    @Option(names = "--sandbox", paramLabel = "FILE", description = "The sandbox resources file, to find values carried over.")
    Path sandbox;

    @Option(names = "--clock-tolerance", paramLabel = "SECONDS", defaultValue = "30",
            description = "How far the local clock may be from the gateway's (default: ${DEFAULT-VALUE} s).")
    long clockToleranceSeconds;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Connect and read time-out of the network checks (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--offline", description = "Skip the network checks (TLS handshake, clock).")
    boolean offline;

    private final PrintStream out;
    private final SSLContext tls;
    private final Clock clock;

    /** The command as run from the command line: the JVM's trust store and clock, standard output. */
    public PreflightCommand() {
        this(System.out, defaultTls(), Clock.systemUTC());
    }

    /** For tests: their own trust store and clock. */
    public PreflightCommand(PrintStream out, SSLContext tls, Clock clock) {
        this.out = out;
        this.tls = tls;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Resources production;
        Resources sandboxResources;
        try {
            production = ResourcesFile.readLeavingKeysUnchecked(resources);
            sandboxResources = sandbox == null ? null : ResourcesFile.readLeavingKeysUnchecked(sandbox);
        } catch (ResourcesFileException e) {
            out.println("preflight: unusable input: " + e.getMessage());
            return UNUSABLE_INPUT;
        }
        List<Finding> findings = new ArrayList<>(ConfigurationChecks.check(production, sandboxResources));
        if (offline) {
            findings.add(Finding.skipped("tls-handshake", "--offline"));
            findings.add(Finding.skipped("clock", "--offline"));
        } else {
            GatewayChecks gateway = new GatewayChecks(tls, clock, Duration.ofSeconds(timeoutSeconds),
                    Duration.ofSeconds(clockToleranceSeconds));
            findings.addAll(gateway.check(production.dstore().gatewayEndpoint()));
        }
        findings.forEach(f -> out.printf(Locale.ROOT, "%-7s %-24s %s%n", f.verdict(), f.check(), f.explanation()));
        long failed = findings.stream().filter(f -> f.verdict() == Verdict.FAIL).count();
        long skipped = findings.stream().filter(f -> f.verdict() == Verdict.SKIPPED).count();
        out.printf(Locale.ROOT, "preflight %s: %d checks, %d failed, %d skipped%n", resources, findings.size(), failed, skipped);
        return failed == 0 ? OK : FINDINGS;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

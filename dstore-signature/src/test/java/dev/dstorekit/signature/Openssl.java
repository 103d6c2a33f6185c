package dev.dstorekit.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the openssl command line from tests, the independent implementation we compare against. */
public final class Openssl {

    private static Boolean available;

    private Openssl() {
    }

    /** Skips the calling test when openssl is not on the PATH (it is on developer machines and CI). */
    public static void assumeAvailable() {
        if (available == null) {
            try {
                available = run(List.of("openssl", "version")).exitCode == 0;
            } catch (IOException e) {
                available = false;
            }
        }
        Assumptions.assumeTrue(available, "openssl is not on the PATH");
    }

    /** {@code openssl dgst -sha256 -verify PUB -signature SIG DATA}. */
    public static boolean verify(Path publicKeyPem, byte[] data, byte[] signature, Path workDir) throws IOException {
        Path dataFile = Files.write(workDir.resolve("data.bin"), data);
        Path sigFile = Files.write(workDir.resolve("sig.bin"), signature);
        Result result = run(List.of("openssl", "dgst", "-sha256", "-verify", publicKeyPem.toString(),
                "-signature", sigFile.toString(), dataFile.toString()));
        return result.exitCode == 0 && result.output.contains("Verified OK");
    }

    /** {@code openssl dgst -sha256 -sign KEY DATA}, the raw signature bytes. */
    public static byte[] sign(Path privateKeyPem, byte[] data, Path workDir) throws IOException {
        Path dataFile = Files.write(workDir.resolve("data.bin"), data);
        Path sigFile = workDir.resolve("openssl-sig.bin");
        Result result = run(List.of("openssl", "dgst", "-sha256", "-sign", privateKeyPem.toString(),
                "-out", sigFile.toString(), dataFile.toString()));
        if (result.exitCode != 0) {
            throw new IOException("openssl failed: " + result.output);
        }
        return Files.readAllBytes(sigFile);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("openssl timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}

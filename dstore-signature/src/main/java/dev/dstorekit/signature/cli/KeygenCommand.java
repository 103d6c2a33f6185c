package dev.dstorekit.signature.cli;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.SecretFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the POS key pair of the integration guide's step 1 in every form it is asked for: one line of base64 PKCS#8
 * (the private key as D-Store's tools and this kit read it), one line of base64 X.509 (the public key handed to the
 * solution architect) and PEM for openssl. Every file is created owner-only and an existing one is never replaced,
 * so a second run cannot destroy a registered key.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Write a new POS RSA key pair: base64 PKCS#8 private, base64 X.509 public, and PEM of both.")
final class KeygenCommand implements Callable<Integer> {

    private final DStoreSign.Context context;

    @Option(names = "--out-dir", defaultValue = ".", paramLabel = "DIR",
            description = "directory for the files (default: current directory)")
    Path outDir;

    @Option(names = "--name", defaultValue = "pos", paramLabel = "PREFIX",
            description = "file name prefix (default: ${DEFAULT-VALUE}): PREFIX-private.pem, PREFIX-private.b64, "
                    + "PREFIX-public.pem, PREFIX-public.b64")
    String name;

    @Option(names = "--bits", defaultValue = "2048", paramLabel = "N",
            description = "RSA modulus size, at least " + RsaKeys.MIN_BITS + " (default: ${DEFAULT-VALUE})")
    int bits;

    KeygenCommand(DStoreSign.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (bits < RsaKeys.MIN_BITS) {
            throw new IllegalArgumentException("--bits: D-Store requires RSA keys of at least " + RsaKeys.MIN_BITS
                    + " bits (got " + bits + ")");
        }
        Map<Path, byte[]> files = files(RsaKeys.generate(bits));
        for (Path file : files.keySet()) {
            if (Files.exists(file)) {
                throw new IllegalArgumentException(file + " exists; keygen never replaces a key (choose another"
                        + " --out-dir or --name)");
            }
        }
        Files.createDirectories(outDir);
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            SecretFiles.createOwnerOnly(file.getKey(), file.getValue());
            context.out().println("wrote " + file.getKey());
        }
        context.err().println("Give D-Store the public key (" + name + "-public.b64); keep the private key files to"
                + " yourself.");
        return DStoreSign.OK;
    }

    private Map<Path, byte[]> files(KeyPair pair) {
        byte[] privateDer = pair.getPrivate().getEncoded();
        byte[] publicDer = pair.getPublic().getEncoded();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(outDir.resolve(name + "-private.b64"), line(privateDer));
        files.put(outDir.resolve(name + "-private.pem"), ascii(RsaKeys.pem(pair.getPrivate())));
        files.put(outDir.resolve(name + "-public.b64"), line(publicDer));
        files.put(outDir.resolve(name + "-public.pem"), ascii(RsaKeys.pem(pair.getPublic())));
        return files;
    }

    private static byte[] line(byte[] der) {
        return ascii(Base64.getEncoder().encodeToString(der) + "\n");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

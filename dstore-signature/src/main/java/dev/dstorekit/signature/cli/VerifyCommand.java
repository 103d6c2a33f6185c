package dev.dstorekit.signature.cli;

import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.RsaSignatureVerifier;
import dev.dstorekit.signature.Verification;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks a Signature header the way the receiving side does and prints "valid" or why not. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a Signature header; prints 'valid' (exit 0) or 'invalid: <failure>: <detail>' (exit 1).")
final class VerifyCommand implements Callable<Integer> {

    private final DStoreSign.Context context;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "the signer's RSA public key: PEM (X.509 or PKCS#1) or base64 X.509 DER, as a file or inline"
                    + " (default: the --signer's public key in the resources file)")
    String publicKey;

    @Option(names = "--signer", defaultValue = "dstore", paramLabel = "PARTY",
            description = "with --resources: whose message it is, ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ResourcesOptions.Signer signer;

    @Option(names = "--request-time", required = true, paramLabel = "T",
            description = "Request-Time (or Response-Time) header value, verbatim")
    String requestTime;

    @Option(names = "--signature", required = true, paramLabel = "HEADER",
            description = "Signature header value, e.g. 'algorithm=RSA256, keyVersion=1, signature=…'")
    String signature;

    @Mixin
    MessageOptions message;

    @Mixin
    ResourcesOptions resources;

    VerifyCommand(DStoreSign.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String key = resources.require(publicKey, "--public-key", r -> ResourcesOptions.publicKey(r, signer));
        RsaSignatureVerifier verifier = new RsaSignatureVerifier(RsaKeys.publicKey(key, "--public-key"));
        String clientId = message.clientId(resources);
        byte[] body = message.body(context.in());
        Verification result = verifier.verify(message.method, message.uri, clientId, requestTime, body, signature);
        if (result.valid()) {
            context.out().println("valid");
            return DStoreSign.OK;
        }
        context.out().println("invalid: " + result.failure() + ": " + result.detail());
        return DStoreSign.INVALID;
    }
}

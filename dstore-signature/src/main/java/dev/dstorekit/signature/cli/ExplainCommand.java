package dev.dstorekit.signature.cli;

import dev.dstorekit.signature.Explanation;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.SignatureExplainer;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shows the exact string to sign and, given a signature and key, why it does or does not verify. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show the exact string to sign, its length and SHA-256, warnings about the inputs, and - with",
                "--signature and --public-key - whether it verifies and which common mistake explains a failure.",
                "Exit 0 when no signature is given or it verifies, 1 otherwise."})
final class ExplainCommand implements Callable<Integer> {

    private final DStoreSign.Context context;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "the signer's RSA public key: PEM (X.509 or PKCS#1) or base64 X.509 DER, as a file or inline"
                    + " (default: the --signer's public key in the resources file)")
    String publicKey;

    @Option(names = "--signer", defaultValue = "dstore", paramLabel = "PARTY",
            description = "with --resources: whose message it is, ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ResourcesOptions.Signer signer;

    @Option(names = "--signature", paramLabel = "HEADER", description = "Signature header value to check")
    String signature;

    @Option(names = "--request-time", required = true, paramLabel = "T",
            description = "Request-Time (or Response-Time) header value, verbatim")
    String requestTime;

    @Mixin
    MessageOptions message;

    @Mixin
    ResourcesOptions resources;

    ExplainCommand(DStoreSign.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String keyValue = resources.orNull(publicKey, r -> ResourcesOptions.publicKey(r, signer));
        PublicKey key = keyValue == null ? null : RsaKeys.publicKey(keyValue, "--public-key");
        String clientId = message.clientId(resources);
        byte[] body = message.body(context.in());
        Explanation explanation = SignatureExplainer.explain(message.method, message.uri, clientId,
                requestTime, body, signature, key);
        context.out().print(explanation.report());
        context.out().flush();
        boolean signatureGiven = signature != null && !signature.isBlank();
        return !signatureGiven || explanation.verified() ? DStoreSign.OK : DStoreSign.INVALID;
    }
}

package dev.dstorekit.signature.cli;

import dev.dstorekit.signature.RequestTimes;
import dev.dstorekit.signature.RsaKeys;
import dev.dstorekit.signature.RsaPayloadSigner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the Signature header value for a message, as a POS or the D-Store simulator would send it. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Print the Signature header value for a message.")
final class SignCommand implements Callable<Integer> {

    private final DStoreSign.Context context;

    @Option(names = "--private-key", paramLabel = "FILE",
            description = "RSA private key: PEM (PKCS#8 or PKCS#1) or base64 PKCS#8 DER, as a file or inline"
                    + " (default: the resources file's pos.privateKey)")
    String privateKey;

    @Option(names = "--request-time", paramLabel = "T",
            description = "Request-Time (or Response-Time) value; default: now, printed to stderr as 'Request-Time: …'")
    String requestTime;

    @Mixin
    MessageOptions message;

    @Mixin
    ResourcesOptions resources;

    SignCommand(DStoreSign.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String key = resources.require(privateKey, "--private-key", r -> r.pos().privateKey());
        RsaPayloadSigner signer = new RsaPayloadSigner(RsaKeys.privateKey(key, "--private-key"));
        String clientId = message.clientId(resources);
        byte[] body = message.body(context.in());
        String time = requestTime;
        if (time == null) {
            time = RequestTimes.now(context.clock());
            context.err().println("Request-Time: " + time);
        }
        context.out().println(signer.sign(message.method, message.uri, clientId, time, body));
        return DStoreSign.OK;
    }
}

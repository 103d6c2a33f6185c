package dev.dstorekit.signature.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The message parts every command needs to rebuild the string to sign. */
final class MessageOptions {

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Client-Id header value, verbatim (default: the resources file's dstore.clientId)")
    String clientId;

    @Option(names = "--uri", required = true, paramLabel = "URI",
            description = "path and query, e.g. /v2/pos/createOrder (no scheme or host)")
    String uri;

    @Option(names = "--body-file", required = true, paramLabel = "FILE",
            description = "file with the exact body bytes; '-' reads standard input")
    String bodyFile;

    @Option(names = "--method", defaultValue = "POST", paramLabel = "METHOD",
            description = "HTTP method (default: ${DEFAULT-VALUE}; responses are signed with POST too)")
    String method;

    /** The Client-Id given, else the one of the resources file. */
    String clientId(ResourcesOptions resources) {
        return resources.require(clientId, "--client-id", r -> r.dstore().clientId());
    }

    /** The body bytes exactly as stored, from the file or standard input. */
    byte[] body(InputStream stdin) {
        try {
            if ("-".equals(bodyFile)) {
                return stdin.readAllBytes();
            }
            return Files.readAllBytes(Path.of(bodyFile));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--body-file: cannot read " + bodyFile + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}

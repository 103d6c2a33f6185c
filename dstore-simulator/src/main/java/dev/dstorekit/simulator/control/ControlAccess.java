package dev.dstorekit.simulator.control;

import dev.dstorekit.signature.RandomTokens;
import dev.dstorekit.signature.SecretFiles;
import dev.dstorekit.simulator.config.SimulatorConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the control API, which makes the simulator send orders signed with D-Store's key. On loopback only this
 * machine reaches it, and it is open unless {@code simulator.control-token} is set. Bound to any other address it
 * needs {@code Authorization: Bearer <token>}: the configured token or, without one, a random token written
 * owner-only to {@code simulator.control-token-file} at start-up (a new one each start). Tokens are compared as
 * SHA-256 digests in constant time.
 */
@Singleton
public class ControlAccess {

    static final String TOKEN_KEY = "simulator.control-token";
    static final String TOKEN_FILE_KEY = "simulator.control-token-file";
    /** Where a generated token goes when {@value #TOKEN_FILE_KEY} is not set (the working directory). */
    static final String DEFAULT_TOKEN_FILE = "simulator-control-token";
    static final int MIN_TOKEN = 32;

    private static final String BEARER = "bearer ";

    @Nullable
    private final byte[] digest;
    private final String description;

    public ControlAccess(SimulatorConfiguration config, @Value("${micronaut.server.host:}") String host) {
        String configured = config.getControlToken();
        boolean loopback = loopback(host);
        String listening = host.isBlank() ? "every address" : host.strip();
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_TOKEN) {
                throw new ConfigurationException(TOKEN_KEY + ": shorter than " + MIN_TOKEN + " characters; use a random"
                        + " one, e.g. the output of 'openssl rand -hex 32'");
            }
            digest = sha256(configured.strip());
            description = "control API: listening on " + listening + "; requires Authorization: Bearer <" + TOKEN_KEY + ">";
        } else if (loopback) {
            digest = null;
            description = "control API: open to this machine only (listening on " + listening + "); set " + TOKEN_KEY
                    + " to require a token";
        } else {
            String token = RandomTokens.generate();
            Path file = write(config.getControlTokenFile(), token);
            digest = sha256(token);
            description = "control API: listening on " + listening + ", reachable from other hosts, so it requires"
                    + " Authorization: Bearer <token>; the token is in " + file + " (owner-only, new each start)";
        }
    }

    /** One line for the start-up output: open or not, and where the token is. */
    public String description() {
        return description;
    }

    /** Why a request with this {@code Authorization} header may not use the control API; empty when it may. */
    public Optional<String> refusal(@Nullable String authorization) {
        if (digest == null) {
            return Optional.empty();
        }
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.of("the control API needs Authorization: Bearer <token>: this simulator is reachable from"
                    + " other hosts or has " + TOKEN_KEY + " set (its start-up output says where the token is)");
        }
        if (!MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()))) {
            return Optional.of("the bearer token is not this simulator's control token (" + TOKEN_KEY
                    + ", or the file named in its start-up output; a generated one changes with every start)");
        }
        return Optional.empty();
    }

    /** Only a host whose every address is loopback; an unset host (every interface) or an unknown name is not. */
    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host.strip())) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Path write(@Nullable String configuredFile, String token) {
        String name = configuredFile == null || configuredFile.isBlank() ? DEFAULT_TOKEN_FILE : configuredFile.strip();
        try {
            Path file = Path.of(name).toAbsolutePath();
            SecretFiles.writeOwnerOnly(file, (token + "\n").getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (IOException | InvalidPathException e) {
            throw new ConfigurationException(TOKEN_FILE_KEY + ": cannot write the generated control token to '" + name
                    + "' (" + e.getClass().getSimpleName() + "); name a writable file, or set " + TOKEN_KEY);
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

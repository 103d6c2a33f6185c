package dev.dstorekit.resources;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises values that say they are not for production: SANDBOX or TEST as a word of its own, as in
 * {@code TEST-ONLY-pos-private.pem}, {@code DEV_TEST_ONLY_CLIENT} or {@code sandbox.example.com} (but not
 * {@code LATEST}). The go-live check and the server's production start-up both refuse them.
 */
public final class SandboxMarkers {

    private static final Pattern MARKER = Pattern.compile("(?i)(^|[^a-z])(sandbox|test)([^a-z]|$)");

    private SandboxMarkers() {
    }

    /** The marker the value carries ({@code SANDBOX} or {@code TEST}), if any. */
    public static Optional<String> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(value);
        return matcher.find() ? Optional.of(matcher.group(2).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}

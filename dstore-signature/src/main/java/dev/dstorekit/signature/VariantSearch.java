package dev.dstorekit.signature;

import java.security.PublicKey;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds the difference between signer and verifier that makes a failing signature verify: repaired readings of
 * the signature value, single {@link Variants} changes, other layouts, then pairs of changes. Kept apart from the
 * report so the search order and its cost limits are in one place.
 */
final class VariantSearch {

    private static final Sha256WithRsa RSA = new Sha256WithRsa(null);

    private VariantSearch() {
    }

    /** A way to read the signature value, {@code cause == null} for the value as given. */
    record SignatureReading(String cause, byte[] bytes) {
    }

    /** A string to sign to try and the causes that produce it from the inputs as given. */
    record Candidate(List<String> causes, byte[] stringToSign) {
    }

    record Match(SignatureReading signature, Candidate candidate) {
    }

    // ---- signature readings ------------------------------------------------------------------------------

    /** The value as given first (if it decodes), then repaired readings for common transport mistakes. */
    static List<SignatureReading> readings(String value) {
        List<SignatureReading> out = new ArrayList<>();
        addIfBase64(out, null, value);
        if (value.indexOf('%') >= 0) {
            try {
                addIfBase64(out, "signature double URL-encoded: the Signature header's value was URL-encoded twice "
                        + "(%252B instead of %2B); encode it exactly once", SignatureHeader.percentDecode(value));
            } catch (MalformedSignatureHeaderException ignored) {
                // not a second layer of %-escapes
            }
        }
        if (value.indexOf(' ') >= 0) {
            addIfBase64(out, "signature value not URL-encoded: its '+' characters arrived as spaces (the signer sent "
                    + "plain Base64 and something form-decoded it); URL-encode the value when signing",
                    value.replace(' ', '+'));
        }
        if (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) {
            addIfBase64(out, "signature in URL-safe Base64 ('-', '_'): D-Store uses standard Base64 ('+', '/') "
                    + "and URL-encodes it", value.replace('-', '+').replace('_', '/'));
        }
        if (value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            addIfBase64(out, "signature value contains line breaks (MIME Base64): it must be one line",
                    value.replaceAll("\\s+", ""));
        }
        return out;
    }

    private static void addIfBase64(List<SignatureReading> out, String cause, String value) {
        try {
            out.add(new SignatureReading(cause, Base64.getDecoder().decode(value)));
        } catch (IllegalArgumentException ignored) {
            // not this reading
        }
    }

    // ---- search ------------------------------------------------------------------------------------------

    /** Largest body for which two body changes are combined; beyond it the search would take too long. */
    private static final int MAX_BODY_FOR_BODY_PAIRS = 64 * 1024;

    /**
     * Tries, in order: the inputs as given with repaired signature readings, each single change, each other
     * layout, then each pair of changes. With an RSA key the signed digest is recovered once per reading, so a
     * candidate costs one SHA-256 instead of one RSA verification; candidates are generated lazily.
     */
    static Match search(PublicKey key, SigningInput input, List<SignatureReading> readings) {
        boolean opaqueKey = !(key instanceof RSAPublicKey);
        List<SignatureReading> usable = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        for (SignatureReading reading : readings) {
            SignatureRecovery.Recovered recovered = SignatureRecovery.recover(key, reading.bytes());
            if (opaqueKey || (recovered != null && recovered.isSha256())) {
                usable.add(reading); // otherwise this key did not make this reading with SHA-256: nothing can match
                digests.add(recovered == null ? null : recovered.digest());
            }
        }
        if (usable.isEmpty()) {
            return null;
        }
        List<Variants.Change> changes = Variants.changes(input);
        Set<String> seen = new HashSet<>();
        List<Supplier<Stream<Candidate>>> levels = List.of(
                () -> Stream.of(new Candidate(List.of(), input.stringToSign())),
                () -> singles(input, changes),
                () -> layouts(input),
                () -> pairs(input, changes));
        for (int level = 0; level < levels.size(); level++) {
            Iterator<Candidate> candidates = levels.get(level).get().iterator();
            while (candidates.hasNext()) {
                Candidate candidate = candidates.next();
                byte[] digest = Digests.sha256(candidate.stringToSign());
                if (level > 0 && !seen.add(HexFormat.of().formatHex(digest))) {
                    continue;
                }
                for (int i = 0; i < usable.size(); i++) {
                    SignatureReading reading = usable.get(i);
                    if (level == 0 && reading.cause() == null) {
                        continue; // already checked by the caller
                    }
                    boolean plausible = opaqueKey || Arrays.equals(digest, digests.get(i));
                    if (plausible && verifies(key, candidate.stringToSign(), reading.bytes())) {
                        return new Match(reading, candidate);
                    }
                }
                if (level == 0) {
                    seen.add(HexFormat.of().formatHex(digest));
                }
            }
        }
        return null;
    }

    private static Stream<Candidate> singles(SigningInput input, List<Variants.Change> changes) {
        return changes.stream().map(change -> {
            SigningInput changed = change.apply().apply(input);
            return changed == null ? null : new Candidate(List.of(change.cause()), changed.stringToSign());
        }).filter(Objects::nonNull);
    }

    private static Stream<Candidate> layouts(SigningInput input) {
        return Variants.layouts().stream().map(layout -> {
            byte[] built = layout.build().apply(input);
            return built == null ? null : new Candidate(List.of(layout.cause()), built);
        }).filter(Objects::nonNull);
    }

    private static Stream<Candidate> pairs(SigningInput input, List<Variants.Change> changes) {
        boolean bodyPairs = input.body().length <= MAX_BODY_FOR_BODY_PAIRS;
        return changes.stream().flatMap(first -> {
            SigningInput once = first.apply().apply(input);
            if (once == null) {
                return Stream.empty();
            }
            return changes.stream()
                    .filter(second -> second != first)
                    .filter(second -> bodyPairs || first.aspect() != Variants.Aspect.BODY
                            || second.aspect() != Variants.Aspect.BODY)
                    .map(second -> {
                        SigningInput twice = second.apply().apply(once);
                        return twice == null ? null
                                : new Candidate(List.of(first.cause(), second.cause()), twice.stringToSign());
                    })
                    .filter(Objects::nonNull);
        });
    }

    static boolean verifies(PublicKey key, byte[] stringToSign, byte[] signature) {
        try {
            return RSA.verify(key, stringToSign, signature);
        } catch (SignatureException e) {
            return false;
        }
    }
}

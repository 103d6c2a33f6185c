package dev.dstorekit.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of likely signer/verifier differences, as changes to the {@link SigningInput} (body, URI,
 * Request-Time, method, Client-Id) and as different layouts of the string to sign. Each comes with the
 * sentence the explainer prints when that difference makes the signature verify.
 */
final class Variants {

    /** Which input value a change touches. */
    enum Aspect { BODY, URI, METHOD, CLIENT_ID, TIME }

    /** A change of one input value; {@code apply} returns {@code null} when it does not apply. */
    record Change(Aspect aspect, String cause, UnaryOperator<SigningInput> apply) {
    }

    /** Another way to lay out the string to sign from the same values. */
    record Layout(String cause, Function<SigningInput, byte[]> build) {
    }

    private static final Pattern SCHEME_HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*(.*)$");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter ISO_SECONDS_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");
    private static final DateTimeFormatter ISO_MILLIS_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    private Variants() {
    }

    static List<Change> changes(SigningInput original) {
        List<Change> changes = new ArrayList<>();
        for (BodyVariants.BodyChange body : BodyVariants.all()) {
            OriginalBodyMemo memo = new OriginalBodyMemo(original.body(), body.apply());
            changes.add(new Change(Aspect.BODY, body.cause(), in -> {
                byte[] changed = memo.apply(in.body());
                return changed == null ? null : in.withBody(changed);
            }));
        }
        changes.add(new Change(Aspect.URI, "URI given with scheme and host: the string to sign uses only path + query "
                + "(e.g. /v2/pos/createOrder), never https://host", in -> {
                    Matcher m = SCHEME_HOST.matcher(in.uri());
                    if (!m.matches()) {
                        return null;
                    }
                    String path = m.group(1).isEmpty() ? "/" : m.group(1);
                    return in.withUri(path.startsWith("/") ? path : "/" + path);
                }));
        changes.add(new Change(Aspect.URI, "URI without leading slash: the signer signed the URI with a leading '/', "
                + "the URI here lacks it",
                in -> in.uri().startsWith("/") || in.uri().contains("://") ? null : in.withUri("/" + in.uri())));
        changes.add(new Change(Aspect.URI, "URI without leading slash: the signer signed the URI without its leading '/'",
                in -> in.uri().startsWith("/") ? in.withUri(in.uri().substring(1)) : null));
        changes.add(new Change(Aspect.URI, "URI query string: the signer signed the URI without its query string",
                in -> in.uri().indexOf('?') >= 0 ? in.withUri(in.uri().substring(0, in.uri().indexOf('?'))) : null));
        changes.add(new Change(Aspect.METHOD, "HTTP method: the signer signed method POST (D-Store signs every request and "
                + "response with POST)", in -> in.method().equals("POST") ? null : in.withMethod("POST")));
        changes.add(new Change(Aspect.CLIENT_ID, "Client-Id whitespace: the signer signed the Client-Id without surrounding whitespace",
                in -> in.clientId().strip().equals(in.clientId()) ? null : in.withClientId(in.clientId().strip())));
        for (String time : otherTimeSpellings(original.time())) {
            changes.add(new Change(Aspect.TIME, timeCause(original.time(), time), in -> in.withTime(time)));
        }
        return changes;
    }

    static List<Layout> layouts() {
        return List.of(
                new Layout("string-to-sign layout: the signer put CRLF (\\r\\n) between the two lines instead of a "
                        + "single LF", in -> layout(in, " ", "\r\n", ".")),
                new Layout("string-to-sign layout: the signer added a newline after the body",
                        in -> concat(in.stringToSign(), "\n")),
                new Layout("string-to-sign layout: the signer left out the '.' between Request-Time and body",
                        Variants::withoutLastDot),
                new Layout("string-to-sign layout: the signer signed only the body, not "
                        + "'<METHOD> <URI>\\n<Client-Id>.<Request-Time>.<body>'", SigningInput::body),
                new Layout("string-to-sign layout: the signer signed only '<Client-Id>.<Request-Time>.<body>', "
                        + "without the '<METHOD> <URI>' line",
                        in -> concat((in.clientId() + "." + in.time() + ".").getBytes(StandardCharsets.UTF_8), in.body())));
    }

    /** The same instant written the other ways Alipay parties write it; the given spelling is left out. */
    static Set<String> otherTimeSpellings(String time) {
        Instant instant;
        try {
            instant = RequestTimes.parse(time);
        } catch (DateTimeParseException e) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        boolean epoch = time.strip().chars().allMatch(Character::isDigit);
        if (!epoch) {
            out.add(Long.toString(instant.toEpochMilli()));
            out.add(Long.toString(instant.getEpochSecond()));
        }
        List<ZoneOffset> offsets = new ArrayList<>();
        givenOffset(time).ifPresent(offsets::add);
        offsets.add(ZoneOffset.UTC);
        offsets.add(ZoneOffset.ofHours(8)); // Singapore / China, where D-Store runs
        offsets.add(ZoneId.systemDefault().getRules().getOffset(instant));
        for (ZoneOffset offset : offsets) {
            var at = instant.atOffset(offset);
            out.add(at.format(ISO_SECONDS));
            out.add(at.format(ISO_SECONDS_Z));
            out.add(at.format(ISO_MILLIS));
            out.add(at.format(ISO_MILLIS_Z));
            out.add(at.format(COMPACT_OFFSET));
        }
        out.remove(time);
        return out;
    }

    private static Optional<ZoneOffset> givenOffset(String time) {
        try {
            return Optional.of(OffsetDateTime.parse(time.strip()).getOffset());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String timeCause(String given, String signed) {
        boolean givenEpoch = given.strip().chars().allMatch(Character::isDigit);
        boolean signedEpoch = signed.chars().allMatch(Character::isDigit);
        String what;
        if (signedEpoch) {
            what = signed.length() > 11 ? "as epoch milliseconds" : "as epoch seconds";
        } else if (givenEpoch) {
            what = "in ISO 8601 form";
        } else {
            what = "written differently";
        }
        return "Request-Time in another format: the signer signed Request-Time " + what + " '" + signed
                + "' (the same instant as '" + given + "' here); the header must carry exactly the text that was signed"
                + (givenEpoch || signedEpoch ? " (ISO 8601 vs. epoch milliseconds)" : "");
    }

    /**
     * Remembers a body change's result for the original body, which every pair starting with a non-body change
     * asks for again; bodies can be large and re-formatting JSON is the expensive part of a search.
     */
    private static final class OriginalBodyMemo {
        private final byte[] original;
        private final UnaryOperator<byte[]> change;
        private boolean done;
        private byte[] result;

        OriginalBodyMemo(byte[] original, UnaryOperator<byte[]> change) {
            this.original = original;
            this.change = change;
        }

        byte[] apply(byte[] body) {
            if (body != original) {
                return change.apply(body);
            }
            if (!done) {
                result = change.apply(body);
                done = true;
            }
            return result;
        }
    }

    private static byte[] layout(SigningInput in, String space, String newLine, String dot) {
        byte[] head = (in.method() + space + in.uri() + newLine + in.clientId() + dot + in.time() + dot)
                .getBytes(StandardCharsets.UTF_8);
        return concat(head, in.body());
    }

    private static byte[] withoutLastDot(SigningInput in) {
        byte[] head = (in.method() + " " + in.uri() + "\n" + in.clientId() + "." + in.time())
                .getBytes(StandardCharsets.UTF_8);
        return concat(head, in.body());
    }

    private static byte[] concat(byte[] a, String b) {
        return concat(a, b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

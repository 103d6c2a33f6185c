package dev.dstorekit.signature;

/**
 * A configured key cannot be used: unreadable, not RSA, shorter than {@value RsaKeys#MIN_BITS} bits, or the
 * wrong kind. The message always starts with the configuration setting, so an operator knows which value to
 * fix, e.g. {@code dstore.public-key: not an RSA key of at least 2048 bits (got 1024)}; it never contains key
 * material, and no cause is attached because parser messages could echo it.
 */
public final class InvalidKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidKeyException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    /** The configuration key (or command-line option) that holds the bad key. */
    public String setting() {
        return setting;
    }
}

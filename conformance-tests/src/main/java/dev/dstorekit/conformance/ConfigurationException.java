package dev.dstorekit.conformance;

/** A missing or unusable setting; the message names the setting and never echoes key material. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}

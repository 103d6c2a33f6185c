package dev.dstorekit.pos.config;

import io.micronaut.context.exceptions.ConfigurationException;

import java.util.Locale;

/**
 * A configuration key as an operator sees it, in both spellings: {@code dstore.public-key} in a file and
 * {@code DSTORE_PUBLIC_KEY} in the environment. Every start-up error names the key this way, so the fix is obvious.
 *
 * @param name the dotted, kebab-case key
 */
public record ConfigKey(String name) {

    /**
     * The environment variable Micronaut maps to this key, e.g. {@code POS_MERCHANTS_0__STORES_1__POS_STORE_ID} for
     * {@code pos.merchants[0].stores[1].pos-store-id} (Micronaut reads a list index followed by a double underscore).
     */
    public String environmentVariable() {
        return name.replaceAll("\\[(\\d+)]\\.", "_$1__").replaceAll("\\[(\\d+)]$", "_$1")
                .replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** {@code key: problem}; the exception stops start-up. */
    public ConfigurationException invalid(String problem) {
        return new ConfigurationException(name + ": " + problem);
    }

    /** {@code key: not set (…)}, mentioning the environment variable. */
    public ConfigurationException missing(String meaning) {
        return invalid("not set; " + meaning + " (environment variable " + environmentVariable() + ")");
    }

    @Override
    public String toString() {
        return name;
    }
}

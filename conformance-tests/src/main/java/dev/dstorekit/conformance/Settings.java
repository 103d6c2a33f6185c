package dev.dstorekit.conformance;

import java.util.List;
import java.util.Locale;

/**
 * The configuration keys of the suite. Each is read as a JUnit configuration parameter (so as a system property
 * too, {@code -Ddstore.conformance.target=…}) and, failing that, from the environment variable of the same name
 * in upper case with {@code _} for {@code .} and {@code -} ({@code DSTORE_CONFORMANCE_TARGET}).
 */
public final class Settings {

    public static final String PREFIX = "dstore.conformance.";
    /** Base URL of the POS server under test, e.g. {@code https://pos.example.com}; required. */
    public static final String TARGET = PREFIX + "target";
    /** Client-Id D-Store assigned to the POS provider; required. */
    public static final String CLIENT_ID = PREFIX + "client-id";
    /** D-Store's private key the suite signs with: a file path or the key itself (base64 PKCS#8 or PEM); required. */
    public static final String DSTORE_PRIVATE_KEY = PREFIX + "dstore-private-key";
    /** The POS provider's public key the suite checks answers with: a file path or the key itself; required. */
    public static final String POS_PUBLIC_KEY = PREFIX + "pos-public-key";
    /** A merchant account the POS knows; required. */
    public static final String POS_ACCOUNT_ID = PREFIX + "pos-account-id";
    /** A store of that merchant account; required. */
    public static final String POS_STORE_ID = PREFIX + "pos-store-id";
    /** Comma-separated product ids to order; when empty they are learned from a syncProduct the POS sends. */
    public static final String PRODUCT_IDS = PREFIX + "product-ids";
    /** Where JUnit XML and the Markdown summary go (default {@code conformance-reports}). */
    public static final String REPORT_DIR = PREFIX + "report-dir";
    /** How many createOrder calls the timing case makes (default 20). */
    public static final String TIMING_CALLS = PREFIX + "timing-calls";
    /** D-Store's createOrder budget (default 8s); lowered only to test the suite itself. */
    public static final String CREATE_ORDER_BUDGET = PREFIX + "create-order-budget";
    /** Port of the embedded D-Store endpoint the POS may call (default 0: any free port, printed at start). */
    public static final String DSTORE_PORT = PREFIX + "dstore-port";
    /** How long the outbound cases wait for the POS's calls (default 10s). */
    public static final String OUTBOUND_WAIT = PREFIX + "outbound-wait";
    /** How long to wait for a syncProduct when no product ids are given (default 30s). */
    public static final String CATALOG_WAIT = PREFIX + "catalog-wait";
    /** Currency of the orders the suite sends when the catalog does not say (default SGD). */
    public static final String CURRENCY = PREFIX + "currency";
    /** Seed of the generated requests (default: a new random seed, printed); the same seed generates the same requests. */
    public static final String SEED = PREFIX + "seed";
    /** How many requests each data-acceptance case generates (default 20). */
    public static final String GENERATED_REQUESTS = PREFIX + "generated-requests";
    /** The most order lines a generated order has (default 40). */
    public static final String GENERATED_MAX_LINES = PREFIX + "generated-max-lines";
    /** The most modifiers a generated line or modifier has (default 10). */
    public static final String GENERATED_MAX_MODIFIERS = PREFIX + "generated-max-modifiers";
    /** The deepest nesting of modifiers in a generated order (default 3). */
    public static final String GENERATED_MAX_NESTING = PREFIX + "generated-max-nesting";

    /** Every key, for usage texts and for copying system properties into a launcher request. */
    public static final List<String> ALL = List.of(TARGET, CLIENT_ID, DSTORE_PRIVATE_KEY, POS_PUBLIC_KEY,
            POS_ACCOUNT_ID, POS_STORE_ID, PRODUCT_IDS, REPORT_DIR, TIMING_CALLS, CREATE_ORDER_BUDGET, DSTORE_PORT,
            OUTBOUND_WAIT, CATALOG_WAIT, CURRENCY, SEED, GENERATED_REQUESTS, GENERATED_MAX_LINES, GENERATED_MAX_MODIFIERS,
            GENERATED_MAX_NESTING);

    private Settings() {
    }

    /** {@code dstore.conformance.client-id} → {@code DSTORE_CONFORMANCE_CLIENT_ID}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}

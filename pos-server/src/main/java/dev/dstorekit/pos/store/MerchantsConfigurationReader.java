package dev.dstorekit.pos.store;

import dev.dstorekit.pos.config.ConfigKey;
import dev.dstorekit.pos.config.DevKeyFiles;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code pos.merchants} into {@link MerchantConfig}s and checks them at start-up, naming the exact key of any
 * problem ({@code pos.merchants[0].stores[1].pos-store-id}).
 *
 * <p>The list can come from a YAML file ({@code MICRONAUT_CONFIG_FILES}) or from environment variables, where
 * Micronaut wants the index followed by a double underscore: {@code POS_MERCHANTS_0__POS_ACCOUNT_ID},
 * {@code POS_MERCHANTS_0__STORES_1__AUTO_ACCEPT}. Properties written {@code pos.merchants.0.pos-account-id}
 * (e.g. system properties) are accepted too and then replace the list as a whole.
 *
 * <p>A merchant API token is given inline ({@code api-token}) or as a file holding it ({@code api-token-file}, e.g. a
 * mounted secret; the dev environment's generated token). Tokens shorter than {@value #MIN_TOKEN} characters are
 * refused: a guessable token opens an account's orders and refunds to anyone who can reach the server. A store id
 * belongs to one account only, so D-Store's order for it can reach one merchant only.
 */
@Factory
public class MerchantsConfigurationReader {

    static final String ROOT = "pos.merchants";
    private static final int MAX_ACCOUNT_ID = 64;
    private static final int MAX_STORE_ID = 255;
    static final int MIN_TOKEN = 32;
    /** How far past the last entry a stray, misnumbered entry is still noticed. */
    private static final int MAX_GAP = 20;

    /**
     * @param devKeys present only in the dev environment; taking it here makes the generated token file exist before
     *                it is read
     */
    @Context
    MerchantDirectory merchantDirectory(Environment environment, @Nullable DevKeyFiles devKeys) {
        return new MerchantDirectory(read(environment));
    }

    static List<MerchantConfig> read(Environment env) {
        List<String> merchantPaths = elements(env, ROOT);
        if (merchantPaths.isEmpty()) {
            throw new ConfigKey(ROOT).missing("at least one merchant with pos-account-id and stores is needed,"
                    + " e.g. pos.merchants[0].pos-account-id and pos.merchants[0].stores[0].pos-store-id");
        }
        List<MerchantConfig> merchants = new ArrayList<>();
        Map<String, String> accounts = new HashMap<>();
        Map<String, String> tokens = new HashMap<>();
        Map<String, String> storeIds = new HashMap<>();
        for (String path : merchantPaths) {
            String account = requiredId(env, path + ".pos-account-id", MAX_ACCOUNT_ID);
            String previous = accounts.putIfAbsent(account, path);
            if (previous != null) {
                throw key(path + ".pos-account-id").invalid("'" + account + "' is already used by " + previous);
            }
            String token = token(env, path);
            if (token != null) {
                String owner = tokens.putIfAbsent(token, path);
                if (owner != null) {
                    throw tokenKey(env, path).invalid("the same token is already given to " + key(owner)
                            + "; each merchant needs its own");
                }
            }
            merchants.add(new MerchantConfig(account, token, stores(env, path, account, storeIds)));
        }
        return merchants;
    }

    /** The merchant's API token, inline or from its file, checked; null when the merchant has none. */
    @Nullable
    private static String token(Environment env, String merchantPath) {
        Optional<String> inline = text(env, merchantPath + ".api-token");
        Optional<String> file = text(env, merchantPath + ".api-token-file");
        ConfigKey fileKey = key(merchantPath + ".api-token-file");
        if (inline.isPresent() && file.isPresent()) {
            throw fileKey.invalid("set either it or " + key(merchantPath + ".api-token") + ", not both");
        }
        if (inline.isPresent()) {
            return longEnough(key(merchantPath + ".api-token"), inline.get());
        }
        if (file.isEmpty()) {
            return null;
        }
        String token;
        try {
            token = Files.readString(Path.of(file.get().strip()), StandardCharsets.UTF_8).strip();
        } catch (IOException | InvalidPathException e) {
            throw fileKey.invalid("cannot read '" + file.get() + "' (" + e.getClass().getSimpleName() + ")");
        }
        if (token.isEmpty()) {
            throw fileKey.invalid("'" + file.get() + "' is empty");
        }
        return longEnough(fileKey, token);
    }

    private static ConfigKey tokenKey(Environment env, String merchantPath) {
        return key(merchantPath + (text(env, merchantPath + ".api-token").isPresent() ? ".api-token" : ".api-token-file"));
    }

    private static String longEnough(ConfigKey key, String token) {
        if (token.length() < MIN_TOKEN) {
            throw key.invalid("the token is shorter than " + MIN_TOKEN + " characters; use a random one, e.g. the"
                    + " output of 'openssl rand -hex 32'");
        }
        return token;
    }

    private static List<StoreConfig> stores(Environment env, String merchantPath, String account,
                                            Map<String, String> storeIds) {
        List<String> storePaths = elements(env, merchantPath + ".stores");
        if (storePaths.isEmpty()) {
            throw key(merchantPath + ".stores").invalid("merchant '" + account + "' has no stores; add "
                    + merchantPath + ".stores[0].pos-store-id");
        }
        List<StoreConfig> stores = new ArrayList<>();
        for (String path : storePaths) {
            String storeId = requiredId(env, path + ".pos-store-id", MAX_STORE_ID);
            String previous = storeIds.putIfAbsent(storeId, path);
            if (previous != null) {
                throw key(path + ".pos-store-id").invalid("duplicate store id '" + storeId + "' (also " + key(previous)
                        + "); a store id belongs to one merchant account only");
            }
            stores.add(new StoreConfig(account, storeId, bool(env, path + ".auto-accept")));
        }
        return stores;
    }

    /**
     * The paths of the elements of a list: {@code a[0]}, {@code a[1]} … from files, or {@code a.0}, {@code a.1} …
     * from environment variables (these win). Gaps in the environment numbering are an error, not a silent skip.
     */
    static List<String> elements(Environment env, String path) {
        Collection<String> entries = env.getPropertyEntries(path);
        Set<Integer> indexes = new TreeSet<>();
        for (String entry : entries) {
            if (entry.chars().allMatch(Character::isDigit) && !entry.isEmpty()) {
                indexes.add(Integer.parseInt(entry));
            }
        }
        List<String> paths = new ArrayList<>();
        if (!indexes.isEmpty()) {
            int expected = 0;
            for (int index : indexes) {
                if (index != expected) {
                    throw key(path + "." + expected).invalid("missing, but " + key(path + "." + index)
                            + " is set; number list entries from 0 without gaps");
                }
                paths.add(path + "." + index);
                expected++;
            }
            return paths;
        }
        int count = 0;
        while (env.containsProperties(path + "[" + count + "]")) {
            paths.add(path + "[" + count + "]");
            count++;
        }
        for (int later = count + 1; later <= count + MAX_GAP; later++) {
            if (env.containsProperties(path + "[" + later + "]")) {
                throw key(path + "." + count).invalid("missing, but " + key(path + "." + later)
                        + " is set; number list entries from 0 without gaps");
            }
        }
        return paths;
    }

    private static String requiredId(Environment env, String path, int maxLength) {
        String value = text(env, path).orElseThrow(() -> key(path).missing("required"));
        if (value.length() > maxLength) {
            throw key(path).invalid("longer than " + maxLength + " characters");
        }
        if (!value.equals(value.strip())) {
            throw key(path).invalid("has leading or trailing whitespace");
        }
        return value;
    }

    private static Optional<String> text(Environment env, String path) {
        return env.getProperty(path, String.class).filter(v -> !v.isBlank());
    }

    private static boolean bool(Environment env, String path) {
        Optional<String> raw = text(env, path);
        if (raw.isEmpty()) {
            return false;
        }
        String value = raw.get().strip();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw key(path).invalid("'" + value + "' is not true or false");
    }

    /** Shows environment-form paths ({@code a.0.b}) in the file form ({@code a[0].b}) users recognise. */
    static ConfigKey key(String path) {
        return new ConfigKey(path.replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]"));
    }

}

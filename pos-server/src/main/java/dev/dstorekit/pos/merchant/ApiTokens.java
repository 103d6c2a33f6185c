package dev.dstorekit.pos.merchant;

import java.util.Map;

/**
 * The merchant API tokens this POS gives out, each with its account. Where merchants are configured is not the
 * merchant API's business: the configuration provides this, and authentication asks only here.
 */
public interface ApiTokens {

    /** posAccountId to token, for every account that has a token. */
    Map<String, String> tokensByAccount();
}

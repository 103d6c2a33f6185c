package dev.dstorekit.pos.store;

/**
 * A store this POS serves, as configured.
 *
 * @param posAccountId the merchant account it belongs to
 * @param posStoreId   its id, unique within the account
 * @param autoAccept   whether its orders are accepted without the merchant (createOrder answers autoAccept=true)
 */
public record StoreConfig(String posAccountId, String posStoreId, boolean autoAccept) {
}

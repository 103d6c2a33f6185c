package dev.dstorekit.simulator.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** A POS store as D-Store addresses it in createOrder: the merchant account and the store within it. */
@Serdeable
public record StoreKey(String posAccountId, String posStoreId) implements Comparable<StoreKey> {

    @Override
    public int compareTo(StoreKey other) {
        int byAccount = posAccountId.compareTo(other.posAccountId);
        return byAccount != 0 ? byAccount : posStoreId.compareTo(other.posStoreId);
    }

    @Override
    public String toString() {
        return posAccountId + "/" + posStoreId;
    }
}

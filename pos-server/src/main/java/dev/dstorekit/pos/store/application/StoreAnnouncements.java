package dev.dstorekit.pos.store.application;

/**
 * Tells D-Store of a store the merchant added: queues the pds addStore carrying it, in the caller's transaction, so
 * the store and its message commit together, ordered before the store's catalog syncs.
 */
public interface StoreAnnouncements {

    /**
     * @param pdsStoreJson the PdsStore as the merchant sent it, carried to D-Store unchanged
     * @return the queued message's requestId
     */
    String queueAddStore(String posAccountId, String posStoreId, String pdsStoreJson);
}

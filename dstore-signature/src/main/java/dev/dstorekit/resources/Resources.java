package dev.dstorekit.resources;

import dev.dstorekit.signature.RsaKeys;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * One environment's resources of the D-Store integration guide, as read by {@link ResourcesFile}. Keys are kept as
 * configured (the key itself, or an absolute file path) so every tool passes them on to its own key settings, and
 * they are parsed on demand through {@link RsaKeys}; {@link ResourcesFile} has already checked that they parse.
 *
 * @param source      the file the resources came from (for messages)
 * @param environment {@code sandbox}, {@code production} or {@code null} when the file does not say
 * @param dstore      what D-Store provides
 * @param pos         what the POS provider provides
 */
public record Resources(Path source, String environment, DStoreSide dstore, PosSide pos) {

    /**
     * @param gatewayEndpoint base URL the POS sends its requests to
     * @param clientId        Client-Id assigned to the POS provider
     * @param publicKey       D-Store's public key (text or path)
     * @param webPageDomain   web page domain, or {@code null}
     * @param privateKey      a simulated D-Store's private key (text or path), or {@code null}
     */
    public record DStoreSide(URI gatewayEndpoint, String clientId, String publicKey, String webPageDomain,
                             String privateKey) {

        public PublicKey parsedPublicKey() {
            return RsaKeys.publicKey(publicKey, "dstore.publicKey");
        }

        public PrivateKey parsedPrivateKey() {
            return privateKey == null ? null : RsaKeys.privateKey(privateKey, "dstore.privateKey");
        }
    }

    /**
     * @param gatewayEndpoint base URL D-Store sends its requests to
     * @param privateKey      the POS private key (text or path)
     * @param publicKey       the POS public key (text or path)
     * @param posAccountId    a merchant account
     * @param posStoreId      a store of that account
     */
    public record PosSide(URI gatewayEndpoint, String privateKey, String publicKey, String posAccountId,
                          String posStoreId) {

        public PrivateKey parsedPrivateKey() {
            return RsaKeys.privateKey(privateKey, "pos.privateKey");
        }

        public PublicKey parsedPublicKey() {
            return RsaKeys.publicKey(publicKey, "pos.publicKey");
        }
    }
}

package dev.dstorekit.pos.config;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;

/**
 * The checked, parsed form of the {@code dstore.*} and {@code pos.private-key} keys. Keys are parsed once, at
 * start-up; nothing downstream re-reads configuration text.
 *
 * @param clientId             the Client-Id D-Store assigned to this POS provider
 * @param dstorePublicKey      verifies D-Store's requests and its answers to our calls
 * @param posPrivateKey        signs our answers and our calls
 * @param requestTimeTolerance how far Request-Time may be from our clock
 * @param gatewayUrl           where D-Store's gateway is (syncProduct, notifyOrderChange), if configured
 * @param pdsGatewayUrl        where D-Store's pds platform is (addStore), if configured
 */
public record ServerSettings(String clientId,
                             PublicKey dstorePublicKey,
                             PrivateKey posPrivateKey,
                             Duration requestTimeTolerance,
                             Optional<URI> gatewayUrl,
                             Optional<URI> pdsGatewayUrl) {

    @Override
    public String toString() {
        return "ServerSettings[clientId=" + clientId + ", requestTimeTolerance=" + requestTimeTolerance
                + ", gatewayUrl=" + gatewayUrl.map(URI::toString).orElse("(none)")
                + ", pdsGatewayUrl=" + pdsGatewayUrl.map(URI::toString).orElse("(none)") + "]";
    }
}

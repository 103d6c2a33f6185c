package dev.dstorekit.pos.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The {@code dstore.*} keys: who D-Store is for this POS. Bound as plain text and checked by
 * {@link ServerSettingsFactory}, so that every error names its key.
 */
@ConfigurationProperties("dstore")
public class DStoreProperties {

    @Nullable
    private String clientId;
    @Nullable
    private String publicKey;
    @Nullable
    private String gatewayUrl;
    @Nullable
    private String pdsGatewayUrl;
    @Nullable
    private String requestTimeTolerance;

    @Nullable
    public String getClientId() {
        return clientId;
    }

    public void setClientId(@Nullable String clientId) {
        this.clientId = clientId;
    }

    @Nullable
    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(@Nullable String publicKey) {
        this.publicKey = publicKey;
    }

    @Nullable
    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(@Nullable String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Nullable
    public String getPdsGatewayUrl() {
        return pdsGatewayUrl;
    }

    public void setPdsGatewayUrl(@Nullable String pdsGatewayUrl) {
        this.pdsGatewayUrl = pdsGatewayUrl;
    }

    @Nullable
    public String getRequestTimeTolerance() {
        return requestTimeTolerance;
    }

    public void setRequestTimeTolerance(@Nullable String requestTimeTolerance) {
        this.requestTimeTolerance = requestTimeTolerance;
    }
}

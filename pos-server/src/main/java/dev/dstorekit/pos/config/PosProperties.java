package dev.dstorekit.pos.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The scalar {@code pos.*} keys. The merchant list ({@code pos.merchants}) is read by
 * {@link dev.dstorekit.pos.store.MerchantsConfigurationReader}, which also accepts it from environment variables.
 */
@ConfigurationProperties("pos")
public class PosProperties {

    @Nullable
    private String privateKey;

    @Nullable
    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(@Nullable String privateKey) {
        this.privateKey = privateKey;
    }
}

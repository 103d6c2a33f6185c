package dev.dstorekit.pos.catalog.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of {@code products}: one product of a store's POS catalog as last synced to D-Store.
 *
 * @param details the full syncProduct {@code Product} JSON, for the full re-sync
 */
@MappedEntity("products")
public record ProductEntity(@EmbeddedId ProductKey id,
                            String productType,
                            String status,
                            @Nullable String name,
                            @Nullable Long priceValue,
                            @Nullable String priceCurrency,
                            @Nullable String details,
                            Instant updatedAt) {
}

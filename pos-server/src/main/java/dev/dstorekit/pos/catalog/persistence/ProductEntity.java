package dev.dstorekit.pos.catalog.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of {@code products}: one product of a store's POS catalog.
 *
 * @param details  the full syncProduct {@code Product} JSON as the merchant sent it, for full syncs; {@code status}
 *                 here wins over the status inside it
 * @param position the product's place in the merchant's catalog
 */
@MappedEntity("products")
public record ProductEntity(@EmbeddedId ProductKey id,
                            String productType,
                            String status,
                            @Nullable String name,
                            @Nullable Long priceValue,
                            @Nullable String priceCurrency,
                            @Nullable String details,
                            Instant updatedAt,
                            int position) {
}

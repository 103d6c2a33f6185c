package dev.dstorekit.simulator.web;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One store on the storefront: what addStore and syncStore said about it and its menu from syncProduct.
 *
 * @param key       {@code posAccountId/posStoreId}
 * @param open      false when syncStore closed it
 * @param schedules opening schedules per service, e.g. {@code Pick-up: TUESDAY 10:30–14:30, 17:00–20:00}
 * @param rules     pickup, dine-in and delivery rules in words
 * @param slots     pickup times the customer may choose
 */
record StorePage(String key,
                 String posAccountId,
                 String posStoreId,
                 String name,
                 @Nullable String description,
                 @Nullable String address,
                 @Nullable String cuisine,
                 boolean open,
                 List<String> announcements,
                 List<Banner> banners,
                 List<String> images,
                 List<Schedule> schedules,
                 List<String> rules,
                 List<Slot> slots,
                 boolean tableRequired,
                 MenuView menu) {

    record Banner(String imageUrl, @Nullable String landingUrl) {
    }

    record Schedule(String service, List<String> days) {
    }

    /** @param value ISO offset date-time sent as expectFulfillmentTime */
    record Slot(String value, String label) {
    }
}

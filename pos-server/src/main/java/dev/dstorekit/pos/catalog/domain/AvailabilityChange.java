package dev.dstorekit.pos.catalog.domain;

/** The merchant switches one product on (AVAILABLE) or off (UNAVAILABLE). */
public record AvailabilityChange(String posProductId, String status) {
}

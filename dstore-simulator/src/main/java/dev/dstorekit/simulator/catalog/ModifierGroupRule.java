package dev.dstorekit.simulator.catalog;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A modifier group offered with a product: choose between {@code minSelect} and {@code maxSelect} of the listed
 * MODIFIER products ({@code maxSelect} null = no upper bound given).
 */
@Serdeable
public record ModifierGroupRule(String groupId, String name, int minSelect, Integer maxSelect, List<String> modifierProductIds) {
}

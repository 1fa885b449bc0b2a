package dev.isolint.core.rule;

import dev.isolint.core.model.Location;

/**
 * An accepted risk that applies to a finding.
 *
 * @param kind     {@code inline}, {@code metadata} or {@code ignore-file}
 * @param reason   the mandatory reason
 * @param location where the suppression is written
 */
public record Suppression(String kind, String reason, Location location) {
}

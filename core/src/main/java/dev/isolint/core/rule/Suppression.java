package dev.isolint.core.rule;

import dev.isolint.core.model.Range;

/**
 * An accepted risk that applies to a finding.
 *
 * @param kind     {@code inline}, {@code metadata} or {@code ignore-file}
 * @param reason   the mandatory reason
 * @param location where the suppression is written
 */
public record Suppression(String kind, String reason, Range location) {

    /** A comment at the resource ({@code # isolint:ignore}, {@code #checkov:skip}). */
    public static final String INLINE = "inline";
    /** CloudFormation resource {@code Metadata}. */
    public static final String METADATA = "metadata";
    /** An entry of an ignore file ({@code .isolint-ignore.yml}, a baseline). */
    public static final String IGNORE_FILE = "ignore-file";
}

package dev.isolint.core.model;

/**
 * What a resource that a fix replaces needs known to be replaced safely (SPEC §12): its name setting, and in
 * Terraform whether {@code create_before_destroy} is set on its own block.
 *
 * @param name                its name setting
 * @param createBeforeDestroy where {@code lifecycle { create_before_destroy = true }} is set on the block itself, or
 *                            {@code null} (what a dependent resource forces on it is worked out when linking)
 */
public record Naming(NameSetting name, Range createBeforeDestroy) {
}

package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;

/** {@code name = expr} in a body; {@code range} starts at the name. */
public record Attribute(String name, Expr expr, Range range) {
}

package dev.isolint.core.internal.terraform.hcl;

/** {@code name = expr} in a body; {@code range} starts at the name. */
public record Attribute(String name, Expr expr, SourceRange range) {
}

package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.terraform.eval.TypeConstraint;

/**
 * An input variable as declared.
 *
 * @param decl        the {@code variable} block (after overrides)
 * @param type        its type constraint; {@code null} when none is declared (any value, taken literally from
 *                    {@code -var} and {@code TF_VAR_})
 * @param nullable    {@code false} when {@code nullable = false}: a null value then takes the default
 * @param constant    {@code true} when {@code const = true}: its value is known before init, so a module
 *                    {@code source} may use it (Terraform 1.15+)
 */
public record VariableDecl(Decl decl, TypeConstraint type, boolean nullable, boolean constant) {

    public String name() {
        return decl.label(0);
    }

    /** The {@code default} argument, or {@code null} when the variable is required. */
    public Arg defaultArg() {
        return decl.arg("default");
    }

    /**
     * Whether values from {@code -var} and {@code TF_VAR_} are taken as literal strings (no type or a
     * primitive type) rather than parsed as HCL, as Terraform decides it.
     */
    public boolean literalInput() {
        return type == null || type == TypeConstraint.Simple.STRING || type == TypeConstraint.Simple.NUMBER
                || type == TypeConstraint.Simple.BOOL;
    }
}

package dev.isolint.core.api;

import java.nio.file.Path;

/** A Terraform variable value given on the command line, in command-line order. */
public sealed interface VariableInput permits VariableInput.Var, VariableInput.VarFile {

    /** {@code --var NAME=VALUE}; the value is parsed as Terraform parses {@code -var}. */
    record Var(String name, String value) implements VariableInput {
    }

    /** {@code --var-file FILE} ({@code .tfvars} or {@code .tfvars.json}). */
    record VarFile(Path file) implements VariableInput {
    }
}

package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.model.Range;


/**
 * An expression Terraform itself would reject (a type mismatch, a missing attribute, an index out
 * of range). {@code try} and {@code can} catch it as Terraform's do; elsewhere it makes the value
 * unknown with this message.
 */
public final class EvalException extends RuntimeException {

    private final transient Range at;

    public EvalException(String message, Range at) {
        super(message, null, false, false);
        this.at = at;
    }

    public Range at() {
        return at;
    }
}

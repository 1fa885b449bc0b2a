package dev.isolint.core.internal.terraform.eval;

/**
 * isolint's own bound on an evaluation (nesting, steps) was reached. Unlike
 * {@link EvalException}, {@code try} and {@code can} do not catch it: the value is unknown.
 */
public final class EvalLimitException extends RuntimeException {

    public EvalLimitException(String message) {
        super(message, null, false, false);
    }
}

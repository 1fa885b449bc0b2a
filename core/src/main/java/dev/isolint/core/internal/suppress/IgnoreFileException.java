package dev.isolint.core.internal.suppress;

import dev.isolint.core.internal.source.InputException;

/** A malformed ignore file: an input error at a 1-based line and column. */
public final class IgnoreFileException extends InputException {

    private static final long serialVersionUID = 1L;

    public IgnoreFileException(String message, int line, int column) {
        super(message, line, column);
    }
}

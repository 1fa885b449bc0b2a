package dev.isolint.core.internal.tree;

import dev.isolint.core.internal.source.InputException;

/** A document that cannot be read into a tree, with the 1-based place where reading stopped. */
public final class TreeParseException extends InputException {

    private static final long serialVersionUID = 1L;

    public TreeParseException(String message, int line, int column) {
        super(message, line, column);
    }
}

package dev.isolint.core.internal.source;

/**
 * Input that cannot be read, with the 1-based line and column where reading stopped and a message
 * a person understands. It becomes an error entry, never a stack trace, so none is recorded.
 */
public abstract class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    protected InputException(String message, int line, int column) {
        super(message, null, false, false);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

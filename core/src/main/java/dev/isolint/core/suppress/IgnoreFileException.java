package dev.isolint.core.suppress;

/** A malformed ignore file: an input error at a 1-based line and column. */
public final class IgnoreFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public IgnoreFileException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

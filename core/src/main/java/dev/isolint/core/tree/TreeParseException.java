package dev.isolint.core.tree;

/** A document that cannot be read into a tree, with the 1-based place where reading stopped. */
public final class TreeParseException extends Exception {

    private final int line;
    private final int column;

    public TreeParseException(String message, int line, int column) {
        super(message);
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

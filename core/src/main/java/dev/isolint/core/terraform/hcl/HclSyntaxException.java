package dev.isolint.core.terraform.hcl;

/**
 * A file that HashiCorp's parser would reject: the first problem, with its 1-based line and
 * column and a message a person understands.
 */
public final class HclSyntaxException extends Exception {

    private final int line;
    private final int column;

    public HclSyntaxException(String message, int line, int column) {
        super(message, null, false, false);
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

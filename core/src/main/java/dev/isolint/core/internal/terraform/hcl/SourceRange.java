package dev.isolint.core.internal.terraform.hcl;

/**
 * Where a syntax node sits in its file: 1-based start and end line and column (columns count
 * Unicode code points, as HashiCorp's parser counts characters). The end is exclusive.
 */
public record SourceRange(int line, int column, int endLine, int endColumn) {

    /** The range from the start of {@code first} to the end of {@code last}. */
    public static SourceRange between(SourceRange first, SourceRange last) {
        return new SourceRange(first.line, first.column, last.endLine, last.endColumn);
    }

    /** An empty range at a point. */
    public static SourceRange at(int line, int column) {
        return new SourceRange(line, column, line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

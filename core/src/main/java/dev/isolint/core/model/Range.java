package dev.isolint.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something is in an input file: the file (absolute, normalised) and the 1-based line and column where it
 * starts and where it ends (the end is exclusive; a point, such as a whole-file problem, ends where it starts). A
 * column of 0 means "the whole line". The one position type of isolint: the JSON/YAML tree, the HCL syntax tree,
 * evidence, findings and diagnostics all use it. Reports print its start ({@code file:line:column}), so what they
 * order or merge by is the start too ({@link #compareStart}); the end is for edits and SARIF regions.
 */
public record Range(Path file, int line, int column, int endLine, int endColumn) implements Comparable<Range> {

    public Range {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
            throw new IllegalArgumentException("lines and columns are 1-based: " + line + ":" + column);
        }
    }

    /** A point: the range that starts and ends at {@code line}:{@code column}. */
    public static Range of(Path file, int line, int column) {
        return new Range(file, line, column, line, column);
    }

    /** The start of a file, for problems that concern it as a whole. */
    public static Range fileStart(Path file) {
        return of(file, 1, 1);
    }

    /** From the start of {@code first} to the end of {@code last} (both in {@code first}'s file). */
    public static Range between(Range first, Range last) {
        return new Range(first.file, first.line, first.column, last.endLine, last.endColumn);
    }

    /** The point where this range starts. */
    public Range start() {
        return of(file, line, column);
    }

    /** The point where this range ends. */
    public Range end() {
        return of(file, endLine, endColumn);
    }

    // equals and hashCode written out: a record's generated ones bootstrap through invokedynamic, which
    // spins method-handle classes on first use and costs a one-file scan tens of milliseconds (bench/README.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Range r && line == r.line && column == r.column && endLine == r.endLine
                && endColumn == r.endColumn && file.equals(r.file);
    }

    @Override
    public int hashCode() {
        return (((file.hashCode() * 31 + line) * 31 + column) * 31 + endLine) * 31 + endColumn;
    }

    /** File, then start, then end. */
    @Override
    public int compareTo(Range o) {
        int c = compareStart(o);
        if (c == 0) {
            c = Integer.compare(endLine, o.endLine);
        }
        return c != 0 ? c : Integer.compare(endColumn, o.endColumn);
    }

    /** File, then start; the end is not looked at (the order of what reports print). */
    public int compareStart(Range o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, the column left out when it is 0. */
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}

package dev.isolint.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in an input file: absolute, normalised path and 1-based line and column.
 * A column of 0 means "the whole line".
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static Location of(Path file, int line, int column) {
        return new Location(file, line, column);
    }

    // equals and hashCode written out: a record's generated ones bootstrap through invokedynamic, which
    // spins method-handle classes on first use and costs a one-file scan tens of milliseconds (bench/README.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && column == l.column && file.equals(l.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    /** The start of a file, for problems that concern it as a whole. */
    public static Location fileStart(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}

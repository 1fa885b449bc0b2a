package dev.isolint.core.api;

import dev.isolint.core.model.Range;
import java.util.Objects;

/**
 * An input error or a notice about one file: where, and a one-line message a person understands.
 * Errors make the run exit with 2 but never stop the scan of other files.
 *
 * @param location where
 * @param message  the one-line message
 * @param cause    for an internal error (a bug met while reading), what was thrown, for {@code --debug}; else
 *                 {@code null}. Not part of a diagnostic's identity, order or any report.
 */
public record Diagnostic(Range location, String message, Throwable cause) implements Comparable<Diagnostic> {

    public Diagnostic(Range location, String message) {
        this(location, message, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && location.equals(d.location) && message.equals(d.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, message);
    }

    /**
     * Where it starts, then the message, then where it ends: reports print the start and the message, so those
     * decide the order people read; the end only orders diagnostics that print the same.
     */
    @Override
    public int compareTo(Diagnostic o) {
        int c = location.compareStart(o.location);
        if (c == 0) {
            c = message.compareTo(o.message);
        }
        return c != 0 ? c : location.compareTo(o.location);
    }
}

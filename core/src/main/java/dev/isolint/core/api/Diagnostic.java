package dev.isolint.core.api;

import dev.isolint.core.model.Location;

/**
 * An input error or a notice about one file: where, and a one-line message a person understands.
 * Errors make the run exit with 2 but never stop the scan of other files.
 */
public record Diagnostic(Location location, String message) implements Comparable<Diagnostic> {

    @Override
    public int compareTo(Diagnostic o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : message.compareTo(o.message);
    }
}

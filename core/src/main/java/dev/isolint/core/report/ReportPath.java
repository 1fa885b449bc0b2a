package dev.isolint.core.report;

import dev.isolint.core.model.Range;

import java.nio.file.Path;

/**
 * How reports and messages name a file (SPEC §5): relative to a base directory when under it (no leading
 * {@code ./}, forward slashes), else absolute. One rule for the report's {@code file} fields and for paths
 * inside messages, so a message never names a file differently from the entry that carries it.
 */
public final class ReportPath {

    private ReportPath() {
    }

    /**
     * {@code file} as reports print it.
     *
     * @param base an absolute, normalised directory (the working directory of the scan)
     */
    public static String of(Path base, Path file) {
        if (!file.isAbsolute()) {
            return file.toString().replace('\\', '/');
        }
        Path p = file.normalize();
        if (p.equals(base)) {
            return "."; // a directory named in a message (a module cycle, a walk that failed)
        }
        if (p.startsWith(base)) {
            return base.relativize(p).toString().replace('\\', '/');
        }
        return p.toString().replace('\\', '/');
    }

    /** {@code at} as messages cite a place: {@code file:line:column} (no column when it is 0), the file as {@link #of}. */
    public static String of(Path base, Range at) {
        String file = of(base, at.file());
        return file + ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "");
    }
}

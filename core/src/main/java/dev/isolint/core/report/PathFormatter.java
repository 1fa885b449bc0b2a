package dev.isolint.core.report;

import java.nio.file.Path;

/**
 * Prints paths as the contract says: relative to the working directory when under it (no leading
 * {@code ./}, forward slashes), else absolute.
 */
public final class PathFormatter {

    private final Path workingDirectory;

    public PathFormatter(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String format(Path file) {
        if (!file.isAbsolute()) {
            return file.toString().replace('\\', '/');
        }
        Path p = file.normalize();
        if (p.startsWith(workingDirectory) && !p.equals(workingDirectory)) {
            return workingDirectory.relativize(p).toString().replace('\\', '/');
        }
        return p.toString().replace('\\', '/');
    }
}

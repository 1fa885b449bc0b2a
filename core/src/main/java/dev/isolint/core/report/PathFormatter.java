package dev.isolint.core.report;

import dev.isolint.core.source.ReportPath;
import java.nio.file.Path;

/**
 * Prints paths as the contract says: relative to the working directory when under it (no leading
 * {@code ./}, forward slashes), else absolute ({@link ReportPath}, which messages use too).
 */
public final class PathFormatter {

    private final Path workingDirectory;

    public PathFormatter(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String format(Path file) {
        return ReportPath.of(workingDirectory, file);
    }
}

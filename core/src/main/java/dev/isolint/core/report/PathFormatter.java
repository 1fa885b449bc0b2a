package dev.isolint.core.report;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Resource;
import dev.isolint.core.report.ReportPath;
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

    /**
     * A call path as reports print it: its root file (or, for the root module itself, its directory, {@code .}
     * for the base directory) like any other path, then the module chain: {@code envs/prod/main.tf: module.ml}.
     */
    public String format(CallPath callPath) {
        return callPath.text(format(callPath.root()));
    }

    /**
     * {@code " (call path envs/prod/main.tf: module.ml)"} for a resource reached through module calls, else
     * {@code ""}: what tells apart the results of one module block where a report gives each one line (a text
     * header, a test name, a log line). A block of a root module needs none: its file names its root.
     */
    public String callPathSuffix(Resource resource) {
        CallPath via = resource.moduleCallPath();
        return via == null ? "" : " (call path " + format(via) + ")";
    }
}

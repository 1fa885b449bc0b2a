package dev.isolint.maven.internal;

import dev.isolint.core.internal.config.ConfigurationReader;
import dev.isolint.core.internal.scan.NearestFile;
import dev.isolint.core.internal.suppress.IgnoreFile;
import java.nio.file.Path;

/**
 * Where a project's repository-wide settings live, for the plugin's defaults (SPEC §8): the repository root (the
 * directory holding {@code .git} above the project), or outside a repository the top-level project's directory, which
 * then stands in for it. So a {@code .isolint.yml} and a baseline written at the root hold in every module, and report
 * paths are repository paths, as GitHub code scanning and GitLab need them.
 *
 * @param basedir  the project's base directory
 * @param topLevel the top-level project's base directory (the one Maven was started on)
 */
public record ProjectRoot(Path basedir, Path topLevel) {

    public ProjectRoot {
        basedir = basedir.toAbsolutePath().normalize();
        topLevel = topLevel.toAbsolutePath().normalize();
    }

    /** The directory report paths are relative to by default: the repository root, else the top-level project's. */
    public Path basePath() {
        Path repository = NearestFile.repositoryRoot(basedir);
        return repository != null ? repository : topLevel;
    }

    /** The nearest {@code .isolint.yml} from the base directory up to the root, or {@code null}. */
    public Path configFile() {
        return NearestFile.find(basedir, ConfigurationReader.NAME, topLevel);
    }

    /**
     * The ignore file the scan must be told of, or {@code null} when its own lookup finds the right one: inside a
     * repository it looks up to the repository root itself; outside one it looks only in the base directory, so a
     * file nearer the top-level project is passed on.
     */
    public Path ignoreFile() {
        if (NearestFile.repositoryRoot(basedir) != null) {
            return null;
        }
        Path found = NearestFile.find(basedir, IgnoreFile.DEFAULT_NAME, topLevel);
        return found == null || found.getParent().equals(basedir) ? null : found;
    }
}

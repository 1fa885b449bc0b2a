package dev.isolint.core.internal.scan;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a per-repository file ({@code .isolint.yml}, {@code .isolint-ignore.yml}) the one way SPEC §7 and §14 give:
 * in the start directory, else the nearest parent up to the repository root (the directory holding {@code .git}, a
 * directory or, in a worktree or submodule, a file). Outside a repository only the start directory counts, so a file
 * in some parent of a temporary directory never changes a scan. A few file-existence checks: cheap enough for every
 * start-up.
 */
public final class NearestFile {

    private NearestFile() {
    }

    /** The file called {@code name} nearest to {@code start} within its repository, or {@code null}. */
    public static Path find(Path start, String name) {
        Path dir = start.toAbsolutePath().normalize();
        Path here = dir.resolve(name);
        if (Files.isRegularFile(here)) {
            return here;
        }
        if (repositoryRoot(dir) == null) {
            return null;
        }
        for (Path d = dir; d != null; d = d.getParent()) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
            if (Files.exists(d.resolve(".git"))) {
                return null;
            }
        }
        return null;
    }

    /** The directory holding {@code .git} at or above {@code dir}, or {@code null}. */
    public static Path repositoryRoot(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }
}

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
        return find(start, name, null);
    }

    /**
     * The file called {@code name} nearest to {@code start} within its repository; outside a repository, up to
     * {@code outsideRoot} when that is {@code start} or one of its parents (a Maven build's top-level project stands
     * in for the repository root), else in {@code start} alone. {@code null} when there is none.
     */
    public static Path find(Path start, String name, Path outsideRoot) {
        Path dir = start.toAbsolutePath().normalize();
        Path here = dir.resolve(name);
        if (Files.isRegularFile(here)) {
            return here;
        }
        Path top = repositoryRoot(dir);
        if (top == null && outsideRoot != null && dir.startsWith(outsideRoot.toAbsolutePath().normalize())) {
            top = outsideRoot.toAbsolutePath().normalize();
        }
        if (top == null) {
            return null;
        }
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
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

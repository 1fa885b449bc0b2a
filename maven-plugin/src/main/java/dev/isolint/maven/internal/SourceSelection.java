package dev.isolint.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one Maven project scans: its source directories, minus the directories of its own {@code <modules>} (they
 * scan themselves, so a reactor build from the root reads every file exactly once) and minus its build directory
 * (generated output, not source).
 *
 * @param roots    the directories (or files) to scan, absolute and normalised
 * @param excludes glob patterns for the scan request that cut the child modules and the build directory out of the
 *                 roots; absolute, so that they match exactly that directory and not a namesake deeper down
 */
public record SourceSelection(List<Path> roots, List<String> excludes) {

    public SourceSelection {
        roots = List.copyOf(roots);
        excludes = List.copyOf(excludes);
    }

    /**
     * @param basedir        the project's base directory
     * @param configured     the configured source directories (relative ones are resolved against {@code basedir});
     *                       empty means the base directory
     * @param buildDirectory the project's build directory ({@code target})
     * @param modules        the project's {@code <modules>} entries as written (a directory or a POM file)
     */
    public static SourceSelection of(Path basedir, List<Path> configured, Path buildDirectory, List<String> modules) {
        Path base = basedir.toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        for (Path p : configured.isEmpty() ? List.of(base) : configured) {
            Path abs = base.resolve(p).normalize();
            if (!roots.contains(abs)) {
                roots.add(abs);
            }
        }
        List<Path> others = new ArrayList<>();
        others.add(base.resolve(buildDirectory).normalize());
        for (String module : modules) {
            Path dir = base.resolve(module).normalize();
            // A module may name its POM file instead of its directory (<module>child/pom.xml</module>).
            others.add(Files.isRegularFile(dir) && dir.getParent() != null ? dir.getParent() : dir);
        }
        List<String> excludes = new ArrayList<>();
        for (Path other : others) {
            // A directory named as a source directory itself is scanned: the user asked for it.
            boolean inside = roots.stream().anyMatch(r -> other.startsWith(r) && !other.equals(r));
            if (inside && !excludes.contains(literalGlob(other))) {
                excludes.add(literalGlob(other));
            }
        }
        return new SourceSelection(roots, excludes);
    }

    /** A glob that matches exactly {@code path}: glob metacharacters escaped, forward slashes as on every platform. */
    static String literalGlob(Path path) {
        String s = path.toString().replace('\\', '/');
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("*?[]{},\\!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

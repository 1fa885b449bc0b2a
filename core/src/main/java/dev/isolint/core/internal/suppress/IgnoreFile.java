package dev.isolint.core.internal.suppress;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed ignore file ({@code .isolint-ignore.yml} or {@code --ignore-file}).
 *
 * @param path    where it is (absolute, normalised); entries' {@code file} patterns are relative to its directory
 * @param entries its entries in document order
 */
public record IgnoreFile(Path path, List<IgnoreEntry> entries) {

    /** The name looked for at the scan roots and in the working directory. */
    public static final String DEFAULT_NAME = ".isolint-ignore.yml";

    public IgnoreFile {
        entries = List.copyOf(entries);
    }

    /** The directory that entries' {@code file} patterns are relative to. */
    public Path baseDirectory() {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? path.toAbsolutePath() : parent;
    }
}

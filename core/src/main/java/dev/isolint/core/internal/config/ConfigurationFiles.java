package dev.isolint.core.internal.config;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.internal.scan.NearestFile;
import java.nio.file.Path;

/**
 * Finds the configuration of a run (SPEC §14): the file given ({@code --config FILE}), else {@code .isolint.yml}
 * nearest to the working directory within its repository ({@link NearestFile}, the ignore file's lookup too).
 */
public final class ConfigurationFiles {

    private ConfigurationFiles() {
    }

    /**
     * The configuration for a run in {@code workingDirectory}: {@code explicit} when not {@code null} (resolved
     * against it; a missing one is an error), else the nearest file, else {@link Configuration#NONE}.
     */
    public static Configuration load(Path workingDirectory, Path explicit) throws ConfigurationException {
        Path file = explicit != null ? workingDirectory.resolve(explicit)
                : NearestFile.find(workingDirectory, ConfigurationReader.NAME);
        return file == null ? Configuration.NONE : ConfigurationReader.read(file);
    }
}

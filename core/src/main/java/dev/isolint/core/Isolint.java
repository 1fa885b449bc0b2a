package dev.isolint.core;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.ToolVersion;

import dev.isolint.core.internal.config.ConfigurationFiles;
import dev.isolint.core.internal.engine.ScanEngine;
import java.nio.file.Path;

/**
 * The one entry point of isolint's core: a scan request in, a scan result out. The CLI and the
 * Maven plugin translate their options into a {@link ScanRequest} and the {@link ScanResult}
 * into reports, exit codes or build failures; they hold no logic of their own.
 */
public final class Isolint {

    /** Holds nothing of a scan (every scan opens its own sessions), so one serves every call, at once too. */
    private static final ScanEngine ENGINE = new ScanEngine();

    private Isolint() {
    }

    /**
     * Runs one scan. Never throws for bad input: problems are {@link ScanResult#errors()}. May be called any
     * number of times, from several threads at once; nothing of one scan is seen by another.
     */
    public static ScanResult scan(ScanRequest request) {
        return ENGINE.scan(request);
    }

    /**
     * The configuration file of a run in {@code workingDirectory} (SPEC §14): {@code explicit} ({@code --config FILE})
     * when not {@code null}, else {@code .isolint.yml} in that directory or the nearest parent up to the repository
     * root, else {@link Configuration#NONE}. Every face reads it here, so it means the same in each.
     *
     * @throws ConfigurationException a usage error naming the file, line and key
     */
    public static Configuration configuration(Path workingDirectory, Path explicit) throws ConfigurationException {
        return ConfigurationFiles.load(workingDirectory.toAbsolutePath().normalize(), explicit);
    }

    /** The version of this build, e.g. {@code 1.0.0}. */
    public static String version() {
        return ToolVersion.current();
    }
}

package dev.isolint.core;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.ToolVersion;

import dev.isolint.core.internal.engine.ScanEngine;

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

    /** The version of this build, e.g. {@code 1.0.0}. */
    public static String version() {
        return ToolVersion.current();
    }
}

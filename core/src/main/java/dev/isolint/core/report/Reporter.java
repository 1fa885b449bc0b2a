package dev.isolint.core.report;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes a scan result in one output format. */
public interface Reporter {

    /**
     * Everything a reporter may need besides the result.
     *
     * @param paths   how to print file paths
     * @param unknown whether UNKNOWN fails the run (changes levels and wording)
     * @param color   whether ANSI colours may be used
     * @param verbose whether PASS results are listed (text)
     * @param quiet   whether only findings that fail the run are printed (text)
     * @param environment the process environment, as the face passes it (tests inject one): where GitHub's step
     *                summary goes ({@code GITHUB_STEP_SUMMARY}), the report time of a reproducible build
     *                ({@code SOURCE_DATE_EPOCH})
     */
    record Options(PathFormatter paths, UnknownPolicy unknown, boolean color, boolean verbose, boolean quiet,
            Map<String, String> environment, boolean softFail) {

        public Options {
            environment = Map.copyOf(environment);
        }

        /** Options of a run whose findings fail it (not {@code --soft-fail}). */
        public Options(PathFormatter paths, UnknownPolicy unknown, boolean color, boolean verbose, boolean quiet,
                Map<String, String> environment) {
            this(paths, unknown, color, verbose, quiet, environment, false);
        }

        /** Options without an environment: no step summary, report times from the clock. */
        public Options(PathFormatter paths, UnknownPolicy unknown, boolean color, boolean verbose, boolean quiet) {
            this(paths, unknown, color, verbose, quiet, Map.of());
        }
    }

    void write(ScanResult result, Options options, Writer out) throws IOException;
}

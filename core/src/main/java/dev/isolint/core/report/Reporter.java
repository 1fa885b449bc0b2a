package dev.isolint.core.report;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import java.io.IOException;
import java.io.Writer;

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
     */
    record Options(PathFormatter paths, UnknownPolicy unknown, boolean color, boolean verbose, boolean quiet) {
    }

    void write(ScanResult result, Options options, Writer out) throws IOException;
}

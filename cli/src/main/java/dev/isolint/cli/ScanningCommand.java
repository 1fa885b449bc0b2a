package dev.isolint.cli;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.report.PathFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A command that runs a scan ({@code scan}, {@code baseline}): the same scan options, environment and stdin. */
abstract class ScanningCommand implements Callable<Integer> {

    final Map<String, String> environment;
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScanOptions scan;

    ScanningCommand(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    /** The scan request the options describe. */
    ScanRequest request() throws IOException {
        return scan.request(environment, stdin);
    }

    /**
     * With {@code --debug}, the stack trace of each error's internal cause (a reader bug), after the entry it
     * explains; without it, nothing: reports never carry stack traces.
     */
    void printCauses(ScanResult result, PrintWriter err) {
        if (!scan.debug) {
            return;
        }
        PathFormatter paths = new PathFormatter(Path.of("").toAbsolutePath());
        for (Diagnostic d : result.errors()) {
            if (d.cause() != null) {
                err.println("isolint: " + paths.format(d.location().file()) + ":" + d.location().line() + ":"
                        + d.location().column() + ": " + d.message());
                d.cause().printStackTrace(err);
            }
        }
        err.flush();
    }
}

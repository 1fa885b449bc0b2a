package dev.isolint.cli;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ExitCode;
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

    /** The scan request of the command line alone over the configuration file it finds (tests ask for it). */
    ScanRequest request() throws IOException {
        try {
            return request(effective(Configuration.builder(Configuration.Source.COMMAND_LINE)));
        } catch (ConfigurationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The scan request the effective configuration describes. */
    ScanRequest request(Configuration effective) throws IOException {
        return scan.request(effective, environment, stdin);
    }

    /**
     * The effective configuration: the command line ({@code commandLine} holds the command's own options) over
     * the environment over the configuration file (SPEC §14), each value with its source.
     *
     * @throws ConfigurationException the file cannot be used: a usage error
     */
    Configuration effective(Configuration.Builder commandLine) throws ConfigurationException {
        Configuration file = scan.file();
        return scan.commandLine(commandLine).over(Configuration.environment(environment)).over(file);
    }

    /** A usage error found after parsing (a configuration file): one line, exit code 2. */
    static int usageError(PrintWriter err, String message) {
        err.println("isolint: " + message);
        err.flush();
        return ExitCode.ERROR.code();
    }

    /** A configuration file's problem as a usage error, the file named as reports name files. */
    static int usageError(PrintWriter err, ConfigurationException e) {
        return usageError(err, new PathFormatter(Path.of("").toAbsolutePath()).format(e.file()) + ":" + e.line() + ": "
                + e.reason());
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

package dev.isolint.cli;

import dev.isolint.core.api.Configuration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which reports a run writes and whether its findings fail it: {@code scan}'s, and what {@code config} shows. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
            description = "Output format: text, json, sarif, junit, github, gitlab (default: text). Repeatable:"
                    + " FORMAT=FILE writes that report to FILE, e.g. --format text --format sarif=results.sarif.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the --format without =FILE to FILE instead of standard output.")
    Path output;

    @Option(names = "--soft-fail", description = "Findings do not fail the run (exit 0); input errors still exit 2.")
    boolean softFail;

    /** The command line's part of these settings, to lay over the configuration file. */
    Configuration.Builder commandLine() {
        return Configuration.builder(Configuration.Source.COMMAND_LINE).list(Configuration.Key.FORMAT, formats)
                .path(Configuration.Key.OUTPUT, output).flag(Configuration.Key.SOFT_FAIL, softFail);
    }
}

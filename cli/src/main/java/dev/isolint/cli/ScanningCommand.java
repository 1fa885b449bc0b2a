package dev.isolint.cli;

import dev.isolint.core.api.ScanRequest;
import java.io.IOException;
import java.io.InputStream;
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
}

package dev.isolint.cli;

import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.ExitCode;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.RuleWords;
import dev.isolint.core.rules.RuleRegistry;
import dev.isolint.core.internal.suppress.Baseline;
import dev.isolint.core.internal.suppress.IgnoreEntry;
import dev.isolint.core.internal.suppress.IgnoreFile;
import dev.isolint.core.internal.suppress.IgnoreFileException;
import dev.isolint.core.internal.suppress.IgnoreFileWriter;
import dev.isolint.core.internal.suppress.IgnoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isolint baseline [PATH...]}: scans as {@code scan} does and writes an ignore file that
 * accepts every result failing today, keeping the entries already there, so that a team adopting
 * isolint blocks only new findings from then on.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write an ignore file accepting today's failing results (reason \"accepted at baseline on DATE\");"
                + " existing entries are kept.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ignore file written",
            "2:usage error, malformed existing ignore file, or input error (the file is still written)"})
final class BaselineCommand extends ScanningCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Ignore file to write or update (default: the --ignore-file, else .isolint-ignore.yml in the working directory).")
    Path output;

    BaselineCommand(Map<String, String> environment, InputStream stdin) {
        super(environment, stdin);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Configuration effective;
        try {
            // The file's output, format and soft-fail are the scan report's; a baseline writes an ignore file.
            effective = effective(Configuration.builder(Configuration.Source.COMMAND_LINE));
        } catch (ConfigurationException e) {
            return usageError(err, e);
        }
        Path ignoreFile = effective.path(Configuration.Key.IGNORE_FILE);
        Path target = (output != null ? output : ignoreFile != null ? ignoreFile : Path.of(IgnoreFile.DEFAULT_NAME))
                .toAbsolutePath().normalize();
        PathFormatter paths = new PathFormatter(Path.of("").toAbsolutePath());
        IgnoreFile existing;
        try {
            existing = Files.exists(target) ? IgnoreFiles.read(target) : new IgnoreFile(target, List.of());
        } catch (IgnoreFileException e) {
            err.println("isolint: " + paths.format(target) + ":" + e.line() + ":" + e.column() + ": ignore file: "
                    + e.getMessage() + " (not overwritten)");
            return ExitCode.ERROR.code();
        }
        if (ignoreFile != null && !Files.exists(ignoreFile)) {
            // The scan reads the --ignore-file it is about to create: start it empty rather than fail on it.
            writeFile(ignoreFile.toAbsolutePath().normalize(), new IgnoreFile(target, List.of()));
        }
        ScanRequest request = request(effective);
        ScanResult result = Isolint.scan(request);
        printCauses(result, err);
        Baseline.Update update = Baseline.update(existing, result, ScanOptions.unknown(effective), request.today().date());
        writeFile(target, update.file());
        out.println("isolint: " + paths.format(target) + ": " + update.added().size() + " entries added, "
                + (update.file().entries().size() - update.added().size()) + " kept");
        for (IgnoreEntry e : update.notRenewed()) {
            out.println("isolint: not renewed: " + e.rule() + " " + e.address()
                    + (e.callPath() == null ? "" : " (call path " + e.callPath() + ")") + " (" + paths.format(e.location().file())
                    + ":" + e.location().line() + " no longer suppresses: give it a reason or a later expiry, or fix the "
                    + RuleWords.of(RuleRegistry.find(e.rule())).shortNoun() + ")");
        }
        for (Diagnostic d : result.errors()) {
            err.println("isolint: " + paths.format(d.location().file()) + ":" + d.location().line() + ":"
                    + d.location().column() + ": " + d.message());
        }
        out.flush();
        err.flush();
        return result.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.ERROR.code();
    }

    private static void writeFile(Path target, IgnoreFile content) throws IOException {
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, IgnoreFileWriter.render(content), StandardCharsets.UTF_8);
    }
}

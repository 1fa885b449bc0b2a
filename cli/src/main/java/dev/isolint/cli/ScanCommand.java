package dev.isolint.cli;

import dev.isolint.core.Isolint;
import dev.isolint.core.ScanRequest;
import dev.isolint.core.ScanResult;
import dev.isolint.core.UnknownPolicy;
import dev.isolint.core.VariableInput;
import dev.isolint.core.report.JsonReporter;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.report.TextReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isolint scan [PATH...]}: translates options to a scan request and the result to a report and exit code. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan files or directories (default \".\"; \"-\" reads standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no failing result",
            "1:at least one unsuppressed FAIL (or UNKNOWN under --unknown=fail)",
            "2:usage error or input error (wins over 1)"})
final class ScanCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    private final Map<String, String> environment;
    private final InputStream stdin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories, walked recursively; \"-\" reads stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--unknown", paramLabel = "fail|warn", description = "Whether UNKNOWN fails the run (default: fail).")
    UnknownPolicy unknown = UnknownPolicy.FAIL;

    @Option(names = "--parameter", paramLabel = "NAME=VALUE", description = "CloudFormation parameter value (repeatable).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--parameters-file", paramLabel = "FILE", description = "CloudFormation parameters file: [{\"ParameterKey\",\"ParameterValue\"}] or {\"Parameters\": {...}} (repeatable).")
    List<Path> parameterFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Terraform variable value (repeatable; applied in order with --var-file).")
    void var(String assignment) {
        String[] kv = split(assignment, "--var");
        variables.add(new VariableInput.Var(kv[0], kv[1]));
    }

    @Option(names = "--var-file", paramLabel = "FILE", description = "Terraform .tfvars or .tfvars.json file (repeatable).")
    void varFile(Path file) {
        variables.add(new VariableInput.VarFile(file));
    }

    private final List<VariableInput> variables = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--ignore-file", paramLabel = "FILE", description = "Ignore file (default: .isolint-ignore.yml at the scan root).")
    Path ignoreFile;

    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only findings that fail the run, and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also list PASS results.")
    boolean verbose;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    ScanCommand(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        return scan(spec.commandLine().getOut());
    }

    /**
     * Runs the scan and writes the report to {@code out} (standard output) or the output file.
     * {@link QuickScanArguments} calls this directly, without picocli's model, so it must not use {@link #spec}.
     */
    int scan(PrintWriter out) throws IOException {
        ScanRequest.Builder b = ScanRequest.builder().paths(paths).environment(environment).ignoreFile(ignoreFile);
        for (String p : parameters) {
            String[] kv = split(p, "--parameter");
            b.parameter(kv[0], kv[1]);
        }
        parameterFiles.forEach(b::parameterFile);
        variables.forEach(b::variable);
        excludes.forEach(b::exclude);
        if (paths.contains("-")) {
            b.stdin(stdin.readAllBytes());
        }
        ScanResult result = Isolint.scan(b.build());

        boolean toFile = output != null;
        boolean color = !toFile && !noColor && !environment.containsKey("NO_COLOR") && System.console() != null
                && format == Format.text;
        Reporter.Options options = new Reporter.Options(new PathFormatter(Path.of("").toAbsolutePath()), unknown,
                color, verbose, quiet);
        Reporter reporter = format == Format.json ? new JsonReporter() : new TextReporter();
        if (toFile) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                reporter.write(result, options, w);
            }
        } else {
            reporter.write(result, options, out);
            out.flush();
        }
        return result.exitCode(unknown);
    }

    private String[] split(String assignment, String option) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " expects NAME=VALUE, got '" + assignment + "'");
        }
        return new String[] {assignment.substring(0, eq), assignment.substring(eq + 1)};
    }
}

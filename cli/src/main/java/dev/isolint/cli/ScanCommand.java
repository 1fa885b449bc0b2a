package dev.isolint.cli;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.Configuration;
import dev.isolint.core.api.ConfigurationException;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.report.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isolint scan [PATH...]}: translates options to a scan request and the result to reports and an exit code. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan files or directories (default \".\"; \"-\" reads standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no failing result",
            "1:at least one unsuppressed FAIL (or UNKNOWN under --unknown=fail)",
            "2:usage error or input error (wins over 1)"})
final class ScanCommand extends ScanningCommand {

    @Mixin
    ReportOptions report;

    @Option(names = "--no-color", description = "No ANSI colours (also when NO_COLOR is set; colours are only used on a terminal).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only findings that fail the run, and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also list PASS results.")
    boolean verbose;

    ScanCommand(Map<String, String> environment, InputStream stdin) {
        super(environment, stdin);
    }

    @Override
    public Integer call() throws IOException {
        return scan(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs the scan and writes the reports, the one without a file to {@code out}; with {@code --debug}, the causes
     * of internal errors to {@code err}. {@link QuickScanArguments}
     * calls this without picocli's model ({@link #spec} is null then): it has checked the output plan first.
     */
    int scan(PrintWriter out, PrintWriter err) throws IOException {
        Configuration effective;
        try {
            effective = effective(report.commandLine());
        } catch (ConfigurationException e) {
            return usageError(err, e);
        }
        List<Reports.Destination> outputs;
        try {
            outputs = OutputPlan.plan(effective.list(Configuration.Key.FORMAT), effective.path(Configuration.Key.OUTPUT));
        } catch (IllegalArgumentException e) {
            if (spec == null) {
                return usageError(err, e.getMessage()); // the quick parser checked the command line's own plan
            }
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ScanRequest request = request(effective);
        ScanResult result = Isolint.scan(request);
        printCauses(result, err);
        UnknownPolicy unknown = ScanOptions.unknown(effective);
        // Colour only on a terminal, never when the user says no; Reports keeps it to text on standard output.
        boolean color = !noColor && !environment.containsKey("NO_COLOR") && System.console() != null;
        boolean softFail = effective.flag(Configuration.Key.SOFT_FAIL);
        Reporter.Options options = new Reporter.Options(new PathFormatter(request.basePath()), unknown, color, verbose,
                quiet, environment, softFail);
        Reports.write(result, options, outputs, out);
        return result.exitCode(unknown, softFail).code();
    }
}

package dev.isolint.cli;

import dev.isolint.core.report.ReportFormat;
import dev.isolint.core.report.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where each report of one run goes (a file, or standard output when {@code null}). {@code --format FORMAT[=FILE]} is repeatable: a format with
 * {@code =FILE} is written to that file; the one format without it goes to {@code --output FILE},
 * or to standard output. So {@code -f json -o out.json} works as it always did, and
 * {@code --format text --format sarif=results.sarif} prints text and writes SARIF in one scan.
 */
final class OutputPlan {

    private OutputPlan() {
    }

    /**
     * Plans the outputs of {@code specs} (each {@code FORMAT} or {@code FORMAT=FILE}) with
     * {@code output} the {@code -o} file or {@code null}.
     *
     * @throws IllegalArgumentException with a message for the user when the plan is ambiguous
     */
    static List<Reports.Destination> plan(List<String> specs, Path output) {
        List<Reports.Destination> out = new ArrayList<>();
        List<String> given = specs.isEmpty() ? List.of(ReportFormat.TEXT.id()) : specs;
        int unnamed = 0;
        Set<Path> files = new HashSet<>();
        for (String spec : given) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? spec : spec.substring(0, eq);
            Optional<ReportFormat> known = ReportFormat.named(name.strip());
            if (known.isEmpty()) {
                throw new IllegalArgumentException("unknown format '" + name + "' (expected one of: " + ReportFormat.names() + ")");
            }
            ReportFormat format = known.get();
            Path file;
            if (eq < 0) {
                unnamed++;
                file = output;
            } else {
                String f = spec.substring(eq + 1);
                if (f.isBlank()) {
                    throw new IllegalArgumentException("--format " + spec + ": no file after '='");
                }
                file = Path.of(f);
            }
            if (eq >= 0 && !files.add(file.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("two reports would be written to " + file);
            }
            out.add(new Reports.Destination(format, file));
        }
        if (output != null && files.contains(output.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("two reports would be written to " + output);
        }
        if (unnamed > 1) {
            throw new IllegalArgumentException("only one --format can go to " + (output == null ? "standard output" : output)
                    + "; give the others a file: --format sarif=results.sarif");
        }
        if (output != null && unnamed == 0) {
            throw new IllegalArgumentException("--output " + output + " names no report: every --format has its own =FILE");
        }
        return out;
    }
}

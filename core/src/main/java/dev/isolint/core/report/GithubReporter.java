package dev.isolint.core.report;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands (SPEC §6): an {@code ::error} annotation per finding that fails
 * the run, {@code ::warning} for an UNKNOWN under {@code --unknown=warn}, {@code ::notice} for a
 * suppressed one (still visible, never failing), then input errors and notices, and a summary
 * line for the log. Escaped as the Actions toolkit escapes: {@code %}, CR and LF in the message,
 * and also {@code :} and {@code ,} in properties.
 *
 * <p>GitHub shows at most {@value #PER_KIND} annotations of each kind per step and drops the rest silently, so at
 * most that many of each are written; what is left out is printed as a plain log line, and one {@code ::notice}
 * says how many and where to find them: the step summary ({@link StepSummary}, a Markdown table written to
 * {@code $GITHUB_STEP_SUMMARY} when that is set) and the log.
 */
public final class GithubReporter implements Reporter {

    /** Annotations GitHub shows per kind ({@code error}, {@code warning}, {@code notice}) and step. */
    static final int PER_KIND = 10;

    /** How many annotations of each kind were written, and what was left out. */
    private static final class Budget {
        final Map<String, Integer> used = new HashMap<>();
        int leftOut;

        /** Whether one more {@code kind} fits; the notice of what was left out keeps one notice free. */
        boolean take(String kind) {
            int n = used.getOrDefault(kind, 0);
            int limit = kind.equals("notice") ? PER_KIND - 1 : PER_KIND;
            if (n >= limit) {
                leftOut++;
                return false;
            }
            used.put(kind, n + 1);
            return true;
        }
    }

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
        Budget budget = new Budget();
        for (Finding f : result.findings()) {
            if (f.verdict() == Verdict.PASS) {
                continue;
            }
            String command;
            String title = f.rule().id();
            // The call path keeps the annotations of one module block, reached from several callers, apart.
            StringBuilder message = new StringBuilder(f.message()).append(paths.callPathSuffix(f.resource()));
            if (f.suppressed()) {
                command = "notice";
                title += " (suppressed)";
                message.append("\nsuppressed (").append(f.suppression().kind()).append("): ")
                        .append(f.suppression().reason());
            } else {
                command = ScanResult.failsRun(f, o.unknown()) ? "error" : "warning";
                for (Evidence e : f.evidence()) {
                    message.append("\n  ").append(paths.format(e.location().file())).append(':')
                            .append(e.location().line()).append(": ").append(e.note());
                }
                message.append("\nfix: ").append(Remediation.hint(f));
            }
            annotate(budget, out, command, f.resource().location(), title, message.toString(), paths);
        }
        for (Diagnostic d : result.errors()) {
            annotate(budget, out, "error", d.location(), "isolint input error", d.message(), paths);
        }
        for (Diagnostic d : result.notices()) {
            annotate(budget, out, "notice", d.location(), "isolint", d.message(), paths);
        }
        String summaryFile = o.environment().get(StepSummary.VARIABLE);
        boolean summary = summaryFile != null && !summaryFile.isBlank();
        if (budget.leftOut > 0) {
            out.write("::notice title=isolint::" + data(budget.leftOut + " more annotations left out (GitHub shows "
                    + PER_KIND + " of each kind per step): every finding is in the "
                    + (summary ? "job's step summary and in this log" : "log above")) + "\n");
        }
        Tally t = Tally.of(result, o.unknown());
        out.write("isolint: " + RuleWords.of(result.findings()).count(t.resources()) + ", " + t.failing() + " failing, "
                + (t.failSuppressed() + t.unknownSuppressed()) + " suppressed, "
                + Tally.plural(result.errors().size(), "input error") + "\n");
        out.flush();
        if (summary) {
            StepSummary.append(Path.of(summaryFile), result, o);
        }
    }

    /** The annotation when the budget has room for it, else the same as a plain log line. */
    private static void annotate(Budget budget, Writer out, String kind, Range at, String title, String message,
            PathFormatter paths) throws IOException {
        if (budget.take(kind)) {
            out.write(command(kind, at, title, message, paths));
        } else {
            out.write("isolint: " + paths.format(at.file()) + ":" + at.line() + ": " + kind + ": " + title + ": "
                    + message.replace("\n", "\n    ") + "\n");
        }
    }

    private static String command(String name, Range at, String title, String message, PathFormatter paths) {
        StringBuilder b = new StringBuilder("::").append(name)
                .append(" file=").append(property(paths.format(at.file())))
                .append(",line=").append(at.line());
        if (at.column() > 0) {
            b.append(",col=").append(at.column());
        }
        b.append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
        return b.toString();
    }

    /** Escapes a command's message (the toolkit's {@code escapeData}). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property value (the toolkit's {@code escapeProperty}). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}

package dev.isolint.core.report;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands (SPEC §6): an {@code ::error} annotation per finding that fails
 * the run, {@code ::warning} for an UNKNOWN under {@code --unknown=warn}, {@code ::notice} for a
 * suppressed one (still visible, never failing), then input errors and notices, and a summary
 * line for the log. Escaped as the Actions toolkit escapes: {@code %}, CR and LF in the message,
 * and also {@code :} and {@code ,} in properties.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
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
            out.write(command(command, f.resource().location(), title, message.toString(), paths));
        }
        for (Diagnostic d : result.errors()) {
            out.write(command("error", d.location(), "isolint input error", d.message(), paths));
        }
        for (Diagnostic d : result.notices()) {
            out.write(command("notice", d.location(), "isolint", d.message(), paths));
        }
        Tally t = Tally.of(result, o.unknown());
        out.write("isolint: " + RuleWords.of(result.findings()).count(t.resources()) + ", " + t.failing() + " failing, "
                + (t.failSuppressed() + t.unknownSuppressed()) + " suppressed, "
                + Tally.plural(result.errors().size(), "input error") + "\n");
        out.flush();
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

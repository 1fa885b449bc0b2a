package dev.isolint.maven.internal;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.RuleWords;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * The words the plugin puts into the build log and into its exceptions, with paths relative to the project's base
 * directory so that a reactor log reads the same on every machine.
 */
public final class FindingMessages {

    private final PathFormatter paths;

    public FindingMessages(Path basedir) {
        this.paths = new PathFormatter(basedir);
    }

    public PathFormatter paths() {
        return paths;
    }

    /**
     * {@code file:line address VERDICT — message}, the log line of one finding; a resource in a Terraform module
     * has its call path after the verdict, so the results of one module block called twice read apart.
     */
    public String line(Finding f) {
        String verdict = f.suppressed() ? "SUPPRESSED " + f.verdict() : f.verdict().name();
        String line = where(f) + " " + f.resource().address() + " " + verdict + paths.callPathSuffix(f.resource())
                + " \u2014 " + f.message();
        return f.suppressed() ? line + " (" + f.suppression().kind() + ": " + f.suppression().reason() + ")" : line;
    }

    /** One step of a finding's evidence, indented under its log line. */
    public String evidence(Evidence e) {
        return "    " + paths.format(e.location().file()) + ":" + e.location().line() + ": " + e.note();
    }

    /** {@code file:line:column: message} of an input error or notice. */
    public String diagnostic(Diagnostic d) {
        return paths.format(d.location().file()) + ":" + d.location().line()
                + (d.location().column() > 0 ? ":" + d.location().column() : "") + ": " + d.message();
    }

    /**
     * The message of the build failure: each failing finding as {@code file:line address VERDICT}, then the call
     * path of a resource in a Terraform module ({@code (call path envs/prod/main.tf: module.ml)}).
     */
    public String failure(List<Finding> failing) {
        StringBuilder sb = new StringBuilder();
        RuleWords words = RuleWords.of(failing);
        sb.append("isolint: ").append(words.count(failing.size())).append(' ').append(words.shortfall())
                .append(" (").append(words.ruleIds()).append("):");
        for (Finding f : failing) {
            sb.append(System.lineSeparator()).append("  ").append(where(f)).append(' ')
                    .append(f.resource().address()).append(' ').append(f.verdict())
                    .append(paths.callPathSuffix(f.resource()));
        }
        return sb.toString();
    }

    /** The message of an input-error failure: each error as {@code file:line:column: message}. */
    public String inputErrors(List<Diagnostic> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append("isolint: ").append(errors.size()).append(errors.size() == 1 ? " input error" : " input errors")
                .append(" (a file that cannot be read may hide ").append(RuleWords.registered().aNoun()).append("):");
        for (Diagnostic d : errors) {
            sb.append(System.lineSeparator()).append("  ").append(diagnostic(d));
        }
        return sb.toString();
    }

    /** One INFO line that sums the scan up and says where the reports went. */
    public String summary(ScanResult r, List<Path> reports) {
        StringBuilder where = new StringBuilder(reports.size() == 1 ? "report " : "reports ");
        for (int i = 0; i < reports.size(); i++) {
            where.append(i == 0 ? "" : ", ").append(paths.format(reports.get(i).toAbsolutePath()));
        }
        return "isolint: " + r.files() + (r.files() == 1 ? " file, " : " files, ") + r.findings().size()
                + " " + RuleWords.of(r.findings()).noun() + "(s): " + r.count(Verdict.FAIL) + " FAIL, " + r.count(Verdict.UNKNOWN) + " UNKNOWN, "
                + r.count(Verdict.PASS) + " PASS, " + r.suppressedCount() + " suppressed, " + r.errors().size()
                + " input error(s); " + where;
    }

    private String where(Finding f) {
        return paths.format(f.resource().location().file()) + ":" + f.resource().location().line();
    }
}

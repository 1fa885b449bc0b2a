package dev.isolint.core.report;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The Markdown GitHub shows on a job's summary page ({@code $GITHUB_STEP_SUMMARY}, SPEC §6): a count line and one
 * table row per finding that is not suppressed and not PASS (rule, file:line, resource, verdict, fix), so what the
 * annotation limit leaves out is still one click away. Appended, as each step of a job adds to the same file.
 */
final class StepSummary {

    /** The variable GitHub sets to the summary file of the running step. */
    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummary() {
    }

    /** Appends the summary of {@code result} to {@code file}. */
    static void append(Path file, ScanResult result, Reporter.Options o) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            w.write(markdown(result, o));
        } catch (IOException e) {
            throw Reports.cannotWrite(file, e);
        }
    }

    /** The Markdown itself. */
    static String markdown(ScanResult result, Reporter.Options o) {
        PathFormatter paths = o.paths();
        Tally t = Tally.of(result, o.unknown());
        StringBuilder b = new StringBuilder("### isolint\n\n");
        b.append(RuleWords.of(result.findings()).count(t.resources())).append(": ").append(t.failing())
                .append(" failing, ").append(t.failSuppressed() + t.unknownSuppressed()).append(" suppressed, ")
                .append(Tally.plural(result.errors().size(), "input error")).append(".\n\n");
        boolean any = false;
        for (Finding f : result.findings()) {
            if (f.verdict() == Verdict.PASS || f.suppressed()) {
                continue;
            }
            if (!any) {
                b.append("| rule | file:line | resource | verdict | fix |\n|---|---|---|---|---|\n");
                any = true;
            }
            b.append("| ").append(cell(f.rule().id())).append(" | ")
                    .append(cell(paths.format(f.resource().location().file()) + ":" + f.resource().location().line()))
                    .append(" | ").append(cell(f.resource().address() + paths.callPathSuffix(f.resource())))
                    .append(" | ").append(f.verdict()).append(ScanResult.failsRun(f, o.unknown()) ? "" : " (warn)")
                    .append(" | ").append(cell(Remediation.hint(f))).append(" |\n");
        }
        if (!any) {
            b.append("No failing result.\n");
        }
        return b.append('\n').toString();
    }

    /** A table cell: no line break, no unescaped pipe, in code where Markdown would read the text. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}

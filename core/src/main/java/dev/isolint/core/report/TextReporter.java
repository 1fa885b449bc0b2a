package dev.isolint.core.report;

import dev.isolint.core.Diagnostic;
import dev.isolint.core.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output: one block per finding with file:line, address, reason and indented
 * evidence, then errors, notices and a summary line. Colours only when asked (on a terminal).
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31;1m";
    private static final String YELLOW = "\u001b[33;1m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
        for (Finding f : result.findings()) {
            boolean failing = ScanResult.failsRun(f, o.unknown());
            if (f.verdict() == Verdict.PASS && !o.verbose()) {
                continue;
            }
            if (o.quiet() && !failing) {
                continue;
            }
            String label = f.suppressed() ? "SUPPRESSED " + f.verdict() : f.verdict().name();
            String color = f.suppressed() ? DIM : switch (f.verdict()) {
                case FAIL -> RED;
                case UNKNOWN -> failing ? RED : YELLOW;
                case PASS -> GREEN;
            };
            out.write(paint(o, color, label) + " " + f.rule().id() + " " + paths.format(f.resource().location().file())
                    + ":" + f.resource().location().line() + " " + f.resource().address() + "\n");
            out.write("  " + f.message() + "\n");
            for (Evidence e : f.evidence()) {
                out.write(paint(o, DIM, "    " + paths.format(e.location().file()) + ":" + e.location().line() + ": ")
                        + e.note() + "\n");
            }
            if (f.suppressed()) {
                out.write("  suppressed (" + f.suppression().kind() + "): " + f.suppression().reason() + "\n");
            } else if (f.verdict() != Verdict.PASS) {
                out.write("  fix: set " + attribute(f) + " to true (isolint explain " + f.rule().id() + ")\n");
            }
            out.write("\n");
        }
        for (Diagnostic d : result.errors()) {
            out.write(paint(o, RED, "ERROR") + " " + where(paths, d) + ": " + d.message() + "\n");
        }
        if (!o.quiet()) {
            for (Diagnostic d : result.notices()) {
                out.write("NOTICE " + where(paths, d) + ": " + d.message() + "\n");
            }
        }
        out.write(String.format("%d files, %d SageMaker models: %d fail, %d unknown, %d pass, %d suppressed, %d errors%n",
                result.files(), result.findings().size(), result.count(Verdict.FAIL), result.count(Verdict.UNKNOWN),
                result.count(Verdict.PASS), result.suppressedCount(), result.errors().size()));
        out.flush();
    }

    private static String attribute(Finding f) {
        return switch (f.resource().format()) {
            case CLOUDFORMATION -> "EnableNetworkIsolation";
            default -> "enable_network_isolation";
        };
    }

    private static String where(PathFormatter paths, Diagnostic d) {
        return paths.format(d.location().file()) + ":" + d.location().line()
                + (d.location().column() > 0 ? ":" + d.location().column() : "");
    }

    private static String paint(Options o, String color, String text) {
        return o.color() ? color + text + RESET : text;
    }
}

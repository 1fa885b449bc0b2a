package dev.isolint.core.report;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Impact;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Human-readable output, grouped by file: under each file's path, one block per finding
 * ({@code line:column  VERDICT  rule  address}, with the call path of a resource in a module, the message, the evidence indented beneath it, the
 * fix or the suppression), its input errors and notices; then a summary line and what to do next.
 * PASS results only with {@code verbose}; with {@code quiet}, only what fails the run, and nothing
 * at all for a clean run. ANSI colours only when {@link Options#color()} says so (a terminal).
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31;1m";
    private static final String YELLOW = "\u001b[33;1m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";

    /**
     * One thing printed under a file: a finding block or a one-line diagnostic, ordered by line, column
     * and rank. Comparable rather than sorted with {@code Comparator.comparing}, whose lambdas a one-file
     * scan would pay to spin at start-up.
     */
    private record Item(Range at, int rank, String text, boolean block) implements Comparable<Item> {
        @Override
        public int compareTo(Item o) {
            int c = Integer.compare(at.line(), o.at.line());
            if (c == 0) {
                c = Integer.compare(at.column(), o.at.column());
            }
            return c != 0 ? c : Integer.compare(rank, o.rank);
        }
    }

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
        Map<String, List<Item>> groups = new TreeMap<>();
        for (Finding f : result.findings()) {
            boolean failing = ScanResult.failsRun(f, o.unknown());
            if ((f.verdict() == Verdict.PASS && !o.verbose()) || (o.quiet() && !failing)) {
                continue;
            }
            add(groups, paths, f.resource().location(), 0, finding(f, failing, o), true);
        }
        for (Diagnostic d : result.errors()) {
            add(groups, paths, d.location(), 1, "  " + position(d.location()) + "  " + paint(o, RED, "ERROR") + "  "
                    + d.message() + "\n", false);
        }
        if (!o.quiet()) {
            for (Diagnostic d : result.notices()) {
                add(groups, paths, d.location(), 2, "  " + position(d.location()) + "  NOTICE  " + d.message() + "\n",
                        false);
            }
        }
        for (Map.Entry<String, List<Item>> g : groups.entrySet()) {
            out.write(paint(o, BOLD, g.getKey()) + "\n");
            List<Item> items = g.getValue();
            Collections.sort(items);
            boolean blankPending = false;
            for (Item i : items) {
                if (blankPending) {
                    out.write("\n");
                }
                out.write(i.text());
                blankPending = i.block();
            }
            out.write("\n");
        }
        summary(result, o, out);
        out.flush();
    }

    private static void add(Map<String, List<Item>> groups, PathFormatter paths, Range at, int rank, String text,
            boolean block) {
        String group = paths.format(at.file());
        List<Item> items = groups.get(group);
        if (items == null) {
            items = new ArrayList<>();
            groups.put(group, items);
        }
        items.add(new Item(at, rank, text, block));
    }

    private static String finding(Finding f, boolean failing, Options o) {
        String label;
        String color;
        if (f.suppressed()) {
            label = f.verdict() + " (suppressed)";
            color = DIM;
        } else if (f.verdict() == Verdict.PASS) {
            label = "PASS";
            color = GREEN;
        } else if (f.verdict() == Verdict.UNKNOWN && !failing) {
            label = "UNKNOWN (warn)";
            color = YELLOW;
        } else {
            label = f.verdict().name();
            color = f.verdict() == Verdict.FAIL ? RED : YELLOW;
        }
        PathFormatter paths = o.paths();
        StringBuilder b = new StringBuilder();
        b.append("  ").append(position(f.resource().location())).append("  ").append(paint(o, color, label))
                .append("  ").append(f.rule().id()).append("  ").append(f.resource().address());
        String via = paths.callPathSuffix(f.resource());
        if (!via.isEmpty()) {
            b.append(' ').append(via);
        }
        b.append('\n');
        b.append("    ").append(f.message()).append('\n');
        for (Evidence e : f.evidence()) {
            b.append(paint(o, DIM, "      " + paths.format(e.location().file()) + ":" + e.location().line() + ":"))
                    .append(' ').append(e.note()).append('\n');
        }
        if (f.suppressed()) {
            b.append("    suppressed (").append(f.suppression().kind()).append(", ")
                    .append(paths.format(f.suppression().location().file())).append(':')
                    .append(f.suppression().location().line()).append("): ").append(f.suppression().reason()).append('\n');
        } else {
            if (f.verdict() != Verdict.PASS) {
                b.append("    fix: ").append(Remediation.hint(f)).append('\n');
            }
            impact(b, f.impact(), paths);
        }
        return b.toString();
    }

    /**
     * The compact impact block (SPEC §12): one line per resource the fix replaces or updates (for a PASS shown with
     * {@code --verbose}: the resources that use it), then the hazards.
     */
    private static void impact(StringBuilder b, Impact impact, PathFormatter paths) {
        for (Impact.Entry e : impact.entries()) {
            String effect = e.effect() == Impact.Effect.NONE ? "used by" : e.effect().id();
            b.append("    impact: ").append(e.certain() ? effect : effect + "?").append(' ').append(e.address())
                    .append(" (").append(e.type()).append(", ").append(paths.format(e.location().file())).append(':')
                    .append(e.location().line()).append(')');
            if (!e.certain()) {
                b.append(": ").append(Impact.Entry.MAY_USE);
            }
            for (String n : e.notes()) {
                b.append("; ").append(n);
            }
            b.append('\n');
        }
        for (Impact.Hazard h : impact.hazards()) {
            b.append("    hazard ").append(h.kind().id()).append(": ").append(h.message()).append('\n');
        }
    }

    private static void summary(ScanResult result, Options o, Writer out) throws IOException {
        Tally t = Tally.of(result, o.unknown());
        int errors = result.errors().size();
        if (o.quiet() && t.failing() == 0 && errors == 0) {
            return;
        }
        out.write(counts(result, o) + "\n");
        if (t.failing() > 0) {
            // Under --soft-fail the findings are the same, but they do not fail the run: say so, not "FAILED".
            out.write((o.softFail() ? paint(o, RED, "FINDINGS") + " (soft fail, exit code 0): " + t.failing()
                    + (t.failing() == 1 ? " result would fail" : " results would fail")
                    : paint(o, RED, "FAILED") + ": " + t.failing() + (t.failing() == 1 ? " result fails" : " results fail"))
                    + " the run. " + RuleWords.of(failing(result, o)).remedy() + ","
                    + " or record an accepted risk with a reason (isolint:ignore comment or .isolint-ignore.yml).\n");
        }
        if (errors > 0) {
            // Any rule's resource may hide in a file that cannot be read.
            out.write(paint(o, RED, "ERROR") + ": " + Tally.plural(errors, "input error") + ": fix the input so every "
                    + RuleWords.registered().shortNoun() + " is checked (exit code 2).\n");
        }
        if (t.failing() == 0 && errors == 0) {
            out.write(paint(o, GREEN, "OK") + ": no failing result.\n");
        }
    }

    /** The summary's count line: {@code 3 files, 5 SageMaker models: 2 FAIL, 1 UNKNOWN, 2 PASS; 0 input errors, 0 notices}. */
    static String counts(ScanResult result, Options o) {
        Tally t = Tally.of(result, o.unknown());
        return Tally.plural(result.files(), "file") + ", " + RuleWords.of(result.findings()).count(t.resources())
                + ": " + t.fail() + " FAIL"
                + suppressed(t.failSuppressed()) + ", " + t.unknown() + " UNKNOWN" + suppressed(t.unknownSuppressed())
                + ", " + t.pass() + " PASS; " + Tally.plural(result.errors().size(), "input error") + ", "
                + Tally.plural(result.notices().size(), "notice");
    }

    /** The findings that fail the run: the summary's advice is theirs. */
    private static List<Finding> failing(ScanResult result, Options o) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (ScanResult.failsRun(f, o.unknown())) {
                out.add(f);
            }
        }
        return out;
    }

    private static String suppressed(int n) {
        return n == 0 ? "" : " (" + n + " suppressed)";
    }

    private static String position(Range at) {
        return at.line() + (at.column() > 0 ? ":" + at.column() : "");
    }

    private static String paint(Options o, String color, String text) {
        return o.color() ? color + text + RESET : text;
    }
}

package dev.isolint.core.report;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML in the one flavour that GitLab, Jenkins (its strict xUnit schema) and Surefire-report readers all accept
 * (SPEC §6): one {@code testsuite} per file, one {@code testcase} per resource. The strict schema allows neither
 * {@code file}/{@code line} on a test case nor {@code skipped} on the root {@code testsuites}, so the place is in the
 * failure's message and text ({@code file:line: …}) and the skipped count only on each {@code testsuite}.
 * An unsuppressed FAIL, or UNKNOWN under {@code --unknown=fail}, is a {@code failure}; a suppressed one is {@code skipped} with its reason; everything else passes (an
 * UNKNOWN under {@code --unknown=warn} says so in {@code system-out}). An input error is a testcase
 * with an {@code error}, so a broken file cannot look green. No timestamps; {@code time} is 0.
 */
public final class JunitReporter implements Reporter {

    /** One file's test cases. */
    private static final class Suite {
        final List<Finding> findings = new ArrayList<>();
        final List<Diagnostic> errors = new ArrayList<>();
        int failures;
        int skipped;

        int tests() {
            return findings.size() + errors.size();
        }
    }

    @Override
    public void write(ScanResult result, Options o, Writer out) throws IOException {
        PathFormatter paths = o.paths();
        Map<String, Suite> suites = new TreeMap<>();
        for (Finding f : result.findings()) {
            Suite s = suites.computeIfAbsent(paths.format(f.resource().location().file()), k -> new Suite());
            s.findings.add(f);
            s.failures += ScanResult.failsRun(f, o.unknown()) ? 1 : 0;
            s.skipped += f.suppressed() ? 1 : 0;
        }
        for (Diagnostic d : result.errors()) {
            suites.computeIfAbsent(paths.format(d.location().file()), k -> new Suite()).errors.add(d);
        }
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (Suite s : suites.values()) {
            tests += s.tests();
            failures += s.failures;
            errors += s.errors.size();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"isolint\"" + counts(tests, failures, errors) + ">\n");
        for (Map.Entry<String, Suite> e : suites.entrySet()) {
            suite(e.getKey(), e.getValue(), o, out);
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    private static void suite(String file, Suite s, Options o, Writer out) throws IOException {
        String name = XmlText.attribute(file);
        out.write("  <testsuite name=\"" + name + "\"" + counts(s.tests(), s.failures, s.errors.size())
                + " skipped=\"" + s.skipped + "\" time=\"0\">\n");
        for (Diagnostic d : s.errors) {
            out.write("    <testcase name=\"input error\" classname=\"" + name + "\" time=\"0\">\n");
            out.write("      <error type=\"input-error\" message=\"" + XmlText.attribute(file + ":" + d.location().line()
                    + ": " + d.message()) + "\">"
                    + XmlText.content(file + ":" + d.location().line() + ":" + d.location().column() + ": "
                            + d.message())
                    + "</error>\n");
            out.write("    </testcase>\n");
        }
        for (Finding f : s.findings) {
            testcase(file, f, o, out);
        }
        out.write("  </testsuite>\n");
    }

    private static void testcase(String file, Finding f, Options o, Writer out) throws IOException {
        // The call path keeps the test cases of one module block, reached from several callers, apart.
        String name = XmlText.attribute(f.rule().id() + " " + f.resource().address() + o.paths().callPathSuffix(f.resource()));
        out.write("    <testcase name=\"" + name + "\" classname=\"" + XmlText.attribute(file) + "\" time=\"0\"");
        if (f.verdict() == Verdict.PASS) {
            out.write("/>\n");
            return;
        }
        out.write(">\n");
        String details = details(file, f, o.paths());
        if (f.suppressed()) {
            out.write("      <skipped message=\"" + XmlText.attribute("suppressed (" + f.suppression().kind() + "): "
                    + f.suppression().reason()) + "\"/>\n");
            out.write("      <system-out>" + XmlText.content(details) + "</system-out>\n");
        } else if (ScanResult.failsRun(f, o.unknown())) {
            out.write("      <failure type=\"" + f.verdict() + "\" message=\"" + XmlText.attribute(file + ":"
                    + f.resource().location().line() + ": " + f.message()) + "\">"
                    + XmlText.content(details + "fix: " + Remediation.hint(f) + "\n") + "</failure>\n");
        } else {
            // UNKNOWN under --unknown=warn: not a failure, but never silently green either.
            out.write("      <system-out>" + XmlText.content(f.verdict() + " (--unknown=" + name(o.unknown()) + "): "
                    + details) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static String details(String file, Finding f, PathFormatter paths) {
        StringBuilder b = new StringBuilder();
        b.append(f.message()).append('\n');
        b.append("at ").append(file).append(':').append(f.resource().location().line()).append('\n');
        for (Evidence e : f.evidence()) {
            b.append("  ").append(paths.format(e.location().file())).append(':').append(e.location().line())
                    .append(": ").append(e.note()).append('\n');
        }
        return b.toString();
    }

    private static String counts(int tests, int failures, int errors) {
        return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    }

    private static String name(UnknownPolicy p) {
        return p.name().toLowerCase(java.util.Locale.ROOT);
    }
}

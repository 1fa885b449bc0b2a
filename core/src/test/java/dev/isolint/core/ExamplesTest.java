package dev.isolint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under {@code testdata/} carries its expectations, and one generated test scans each and checks them.
 * The grammar, the same in every format and for every rule:
 * <ul>
 *   <li>{@code expect: <RULE> <VERDICT> [suppressed] [address]}, several separated by commas: the results of that
 *       line. {@code RULE} is a registered rule's id, {@code VERDICT} is PASS, FAIL or UNKNOWN, {@code suppressed}
 *       says the result is suppressed (else it must not be). Without addresses the results there have exactly
 *       these verdicts (generated instances of {@code Fn::ForEach} or {@code count} share a line); with addresses,
 *       exactly these results (one module block reached through several calls).</li>
 *   <li>{@code expect-error: text} / {@code expect-notice: text}: an input error / a notice on that line containing
 *       the text; {@code expect-error(+N): text} for the N-th line below, where a comment cannot go.</li>
 * </ul>
 * A marker is a comment on the resource's line ({@code #}, {@code //}); in JSON it is a string: a Terraform
 * {@code "//"} property on the resource's line, or a CloudFormation {@code "Metadata": {"expect": "…"}} entry, which
 * belongs to the nearest result above it. No other result and no other input error may appear; notices are checked
 * only where expected.
 *
 * <p>A case is a directory, scanned as {@code isolint scan .} from inside it with the markers of all its files: each
 * Terraform module tree under {@code testdata/terraform/examples}, and each directory that holds an ignore file (its
 * accepted risks are written for the whole tree). Elsewhere under {@code testdata/} (report goldens and hostile
 * inputs aside) a case is one file with markers, scanned alone: a {@code .tf} file with its directory, which is how
 * Terraform reads it, its own results checked.
 */
class ExamplesTest {

    private static final Path TESTDATA = Scans.ROOT.resolve("testdata");
    private static final Path MODULE_TREES = TESTDATA.resolve("terraform/examples");
    /** Not file cases: report goldens, hostile inputs, and the Terraform examples, which are directory cases. */
    private static final List<String> EXCLUDED = List.of("golden", "hostile", "terraform");
    /** A directory that holds one is a case: its accepted risks are written for the whole tree. */
    private static final String IGNORE_FILE = ".isolint-ignore.yml";
    /** The markers of {@code FILE} when it cannot hold them: {@code FILE.expect}. */
    private static final String SIDECAR = ".expect";

    /** {@code expect: …} in a comment, or {@code "expect": "…"} in JSON; up to the end of the line or the string. */
    private static final Pattern EXPECT = Pattern.compile("expect\"?:\\s*\"?([^\"]*)");
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*(\\S+)\\s+(PASS|FAIL|UNKNOWN)(\\s+suppressed)?(?:\\s+([^\\s,]+))?\\s*");
    private static final Pattern DIAGNOSTIC = Pattern.compile("expect-(error|notice)(?:\\(\\+(\\d+)\\))?: ([^\"]*)");

    /** One expected result; {@code address} is {@code null} when the marker names none. */
    record Expected(String rule, String verdict, boolean suppressed, String address) {

        boolean matches(Finding f) {
            return f.rule().id().equals(rule) && f.verdict().name().equals(verdict) && f.suppressed() == suppressed;
        }

        @Override
        public String toString() {
            return rule + " " + verdict + (suppressed ? " suppressed" : "") + (address == null ? "" : " " + address);
        }
    }

    /** A place in a file: a marker's line, a result's line. */
    record Line(Path file, int line) implements Comparable<Line> {
        @Override
        public int compareTo(Line o) {
            int c = file.compareTo(o.file);
            return c != 0 ? c : Integer.compare(line, o.line);
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** What the files of one case expect. */
    static final class Markers {
        final Map<Line, List<Expected>> results = new TreeMap<>();
        final Map<Line, List<String>> errors = new TreeMap<>();
        final Map<Line, List<String>> notices = new TreeMap<>();

        boolean isEmpty() {
            return results.isEmpty() && errors.isEmpty() && notices.isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGetsTheResultsWrittenInIt() throws IOException {
        List<Path> trees = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MODULE_TREES)) {
            trees.addAll(dirs.filter(Files::isDirectory).sorted().toList());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TESTDATA)) {
            for (Path p : walk.filter(p -> EXCLUDED.stream().noneMatch(x -> TESTDATA.relativize(p).startsWith(x)))
                    .sorted().toList()) {
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(IGNORE_FILE))) {
                    trees.add(p);
                } else if (Files.isRegularFile(p) && !p.toString().endsWith(SIDECAR) && !p.toString().endsWith(".md")
                        && !underExpected(p) && !markers(List.of(p)).isEmpty()) {
                    files.add(p);
                }
            }
        }
        assertThat(trees).as("directory cases").isNotEmpty();
        assertThat(files).as("example files with markers").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : trees) {
            tests.add(DynamicTest.dynamicTest(TESTDATA.relativize(dir).toString(), () -> checkTree(dir)));
        }
        for (Path f : files) {
            if (trees.stream().noneMatch(f::startsWith)) {
                tests.add(DynamicTest.dynamicTest(TESTDATA.relativize(f).toString(), () -> checkFile(f)));
            }
        }
        return tests.stream();
    }

    /** An expected output ({@code testdata/fix/<case>/expected/fix.diff} quotes the markers of its input). */
    private static boolean underExpected(Path p) {
        for (Path part : TESTDATA.relativize(p)) {
            if (part.toString().equals("expected")) {
                return true;
            }
        }
        return false;
    }

    /** A directory case, scanned from inside as {@code isolint scan .}: every result in it is expected. */
    private static void checkTree(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(abs)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ScanResult result = Isolint.scan(ScanRequest.builder().workingDirectory(abs).paths(List.of("."))
                .today(Scans.TODAY).build());
        check(dir, markers(files), result, result.findings());
    }

    /** One file scanned alone (a {@code .tf} file with its directory): the results in that file are expected. */
    private static void checkFile(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        boolean terraform = name.endsWith(".tf") || name.endsWith(".tf.json");
        ScanResult result = Scans.scan(terraform ? abs.getParent() : abs);
        List<Finding> inFile = result.findings().stream()
                .filter(f -> f.resource().location().file().equals(abs)).toList();
        check(file, markers(List.of(abs)), result, inFile);
    }

    private static void check(Path example, Markers markers, ScanResult result, List<Finding> findings) {
        assertThat(markers.results).as("result markers in %s", example).isNotEmpty();
        Map<Line, List<Finding>> got = new TreeMap<>();
        for (Finding f : findings) {
            got.computeIfAbsent(new Line(f.resource().location().file(), f.resource().location().line()),
                    k -> new ArrayList<>()).add(f);
        }
        List<String> problems = new ArrayList<>();
        Map<Line, Line> owners = new TreeMap<>();
        for (Map.Entry<Line, List<Expected>> e : markers.results.entrySet()) {
            Line owner = owner(e.getKey(), got.keySet());
            if (owner == null) {
                problems.add(e.getKey() + ": no result, expected " + e.getValue());
                continue;
            }
            Line other = owners.put(owner, e.getKey());
            if (other != null) {
                problems.add(e.getKey() + ": the result at " + owner + " already has the marker at " + other);
                continue;
            }
            compare(owner, e.getValue(), got.get(owner), problems);
        }
        for (Map.Entry<Line, List<Finding>> e : got.entrySet()) {
            if (!owners.containsKey(e.getKey())) {
                for (Finding f : e.getValue()) {
                    problems.add(e.getKey() + ": unexpected result " + describe(f));
                }
            }
        }
        diagnostics("error", result.errors(), markers.errors, true, problems);
        diagnostics("notice", result.notices(), markers.notices, false, problems);
        assertThat(problems).as("%s%n%s", example, describe(result)).isEmpty();
    }

    /**
     * The results a marker describes: those on its line, else (a CloudFormation {@code Metadata} entry below the
     * resource's key) the nearest ones above it in the same file.
     */
    private static Line owner(Line marker, Set<Line> results) {
        if (results.contains(marker)) {
            return marker;
        }
        Line best = null;
        for (Line l : results) {
            if (l.file().equals(marker.file()) && l.line() < marker.line() && (best == null || l.line() > best.line())) {
                best = l;
            }
        }
        return best;
    }

    private static void compare(Line where, List<Expected> want, List<Finding> at, List<String> problems) {
        List<Finding> left = new ArrayList<>(at);
        Set<Expected> anywhere = new HashSet<>();
        for (Expected w : want) {
            if (w.address() == null) {
                anywhere.add(w);
                continue;
            }
            Finding match = null;
            for (Finding f : left) {
                if (f.resource().address().equals(w.address()) && f.rule().id().equals(w.rule())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                problems.add(where + ": no result for " + w.address() + " (expected " + w + ")");
                continue;
            }
            left.remove(match);
            if (!w.matches(match)) {
                problems.add(where + ": " + describe(match) + ", expected " + w);
            }
        }
        if (anywhere.isEmpty()) {
            for (Finding f : left) {
                problems.add(where + ": unexpected result " + describe(f));
            }
            return;
        }
        // Without addresses: the verdicts of the results left there are exactly those written.
        Set<Expected> seen = new HashSet<>();
        for (Finding f : left) {
            Expected as = new Expected(f.rule().id(), f.verdict().name(), f.suppressed(), null);
            seen.add(as);
            if (!anywhere.contains(as)) {
                problems.add(where + ": " + describe(f) + ", expected " + anywhere);
            }
        }
        for (Expected w : anywhere) {
            if (!seen.contains(w)) {
                problems.add(where + ": no result " + w + (left.isEmpty() ? "" : " among " + seen));
            }
        }
    }

    private static void diagnostics(String kind, List<Diagnostic> got, Map<Line, List<String>> want, boolean strict,
            List<String> problems) {
        List<Diagnostic> left = new ArrayList<>(got);
        for (Map.Entry<Line, List<String>> e : want.entrySet()) {
            for (String text : e.getValue()) {
                Diagnostic match = null;
                for (Diagnostic d : left) {
                    if (d.location().file().equals(e.getKey().file()) && d.location().line() == e.getKey().line()
                            && d.message().contains(text)) {
                        match = d;
                        break;
                    }
                }
                if (match == null) {
                    problems.add(e.getKey() + ": no " + kind + " containing \"" + text + "\"");
                } else {
                    left.remove(match);
                }
            }
        }
        if (strict) {
            for (Diagnostic d : left) {
                problems.add(d.location() + ": unexpected " + kind + ": " + d.message());
            }
        }
    }

    /** The markers written in {@code files}, and in the sidecar file of each that has one. */
    static Markers markers(List<Path> files) throws IOException {
        Markers out = new Markers();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            sidecar(abs, out);
            String text;
            try {
                text = Files.readString(abs, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                continue; // not text (an encoding test input): no markers
            }
            if (!text.contains("expect")) {
                continue;
            }
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Line here = new Line(abs, i + 1);
                Matcher m = EXPECT.matcher(lines[i]);
                if (m.find()) {
                    out.results.put(here, entries(m.group(1), here));
                }
                Matcher d = DIAGNOSTIC.matcher(lines[i]);
                while (d.find()) {
                    Line at = new Line(abs, i + 1 + (d.group(2) == null ? 0 : Integer.parseInt(d.group(2))));
                    (d.group(1).equals("error") ? out.errors : out.notices)
                            .computeIfAbsent(at, k -> new ArrayList<>()).add(d.group(3).strip());
                }
            }
        }
        return out;
    }

    /**
     * The markers of a file that cannot hold comments (a plan as Terraform writes it) are in {@code FILE.expect}: lines
     * {@code expect: <RULE> <VERDICT> [suppressed] <address>}, each placed at the first line of the file that names
     * {@code "address": "<address>"} — in a plan, inside the resource's object in {@code planned_values}.
     */
    private static void sidecar(Path file, Markers out) throws IOException {
        Path expect = file.resolveSibling(file.getFileName() + SIDECAR);
        if (!Files.isRegularFile(expect)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String marker : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
            if (!marker.startsWith("expect:")) {
                continue; // a comment
            }
            for (Expected e : entries(marker.substring("expect:".length()), new Line(expect, 1))) {
                if (e.address() == null) {
                    throw new IllegalArgumentException(expect + ": \"" + marker + "\" names no address");
                }
                String needle = "\"address\": \"" + e.address().replace("\"", "\\\"") + "\"";
                int at = -1;
                for (int i = 0; i < lines.size() && at < 0; i++) {
                    if (lines.get(i).contains(needle)) {
                        at = i + 1;
                    }
                }
                if (at < 0) {
                    throw new IllegalArgumentException(expect + ": " + file.getFileName() + " has no " + needle);
                }
                out.results.computeIfAbsent(new Line(file, at), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private static List<Expected> entries(String text, Line where) {
        List<Expected> out = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = ENTRY.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(where + ": cannot read expectation \"" + part
                        + "\" (expect: <RULE> <PASS|FAIL|UNKNOWN> [suppressed] [address], …)");
            }
            RuleMetadata rule = RuleRegistry.find(m.group(1));
            if (rule == null || !rule.id().equals(m.group(1))) {
                throw new IllegalArgumentException(where + ": \"" + m.group(1) + "\" is not the id of a rule");
            }
            out.add(new Expected(rule.id(), m.group(2), m.group(3) != null, m.group(4)));
        }
        return out;
    }

    private static String describe(Finding f) {
        return f.rule().id() + " " + f.verdict() + (f.suppressed() ? " suppressed" : "") + " "
                + f.resource().address() + ": " + f.message();
    }

    private static String describe(ScanResult r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            sb.append("  ").append(f.resource().location()).append(' ').append(describe(f)).append('\n');
        }
        for (Diagnostic d : r.errors()) {
            sb.append("  error ").append(d.location()).append(": ").append(d.message()).append('\n');
        }
        for (Diagnostic d : r.notices()) {
            sb.append("  notice ").append(d.location()).append(": ").append(d.message()).append('\n');
        }
        return sb.toString();
    }
}

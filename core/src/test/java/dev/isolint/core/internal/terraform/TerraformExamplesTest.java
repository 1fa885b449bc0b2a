package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans every example under {@code testdata/terraform/examples} (one directory per case, scanned
 * as {@code isolint scan .} from inside it) and checks the expectations written in the files:
 * <ul>
 *   <li>{@code # expect: ISO001 FAIL} on a resource line: every result there has that verdict;</li>
 *   <li>{@code # expect: ISO001 PASS module.a.aws_sagemaker_model.m, FAIL module.b.aws_sagemaker_model.m}:
 *       exactly these results there (several call paths of one block);</li>
 *   <li>a verdict followed by {@code suppressed}: the result is suppressed (else it must not be);</li>
 *   <li>{@code # expect-error: text} / {@code # expect-notice: text}: an error / notice on that line
 *       containing the text ({@code expect-error(+1):} for the next line, where a comment cannot go).</li>
 * </ul>
 * No other result and no other error may appear. In JSON files the markers sit in {@code "//"}
 * comment properties on the same line.
 */
class TerraformExamplesTest {

    static final Path EXAMPLES = Scans.ROOT.resolve("testdata/terraform/examples");
    private static final Pattern EXPECT = Pattern.compile("expect: ISO001 ([^\"]*)");
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*(PASS|FAIL|UNKNOWN)(\\s+suppressed)?(?:\\s+([A-Za-z0-9_.-]+\\.[A-Za-z0-9_.-]+))?\\s*");
    private static final Pattern ERROR = Pattern.compile("expect-(error|notice)(?:\\(\\+(\\d+)\\))?: ([^\"]*)");

    record Expected(String verdict, boolean suppressed, String address) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGetsTheVerdictsWrittenInIt() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                    .toList().stream();
        }
    }

    private static void check(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        ScanResult result = scan(abs, List.of("."));
        Map<String, List<Expected>> expected = new TreeMap<>();
        Map<String, List<String>> errors = new TreeMap<>();
        Map<String, List<String>> notices = new TreeMap<>();
        try (Stream<Path> files = Files.walk(abs)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String where = f + ":" + (i + 1);
                    Matcher m = EXPECT.matcher(lines.get(i));
                    if (m.find()) {
                        expected.put(where, entries(m.group(1), where));
                    }
                    Matcher e = ERROR.matcher(lines.get(i));
                    while (e.find()) {
                        int line = i + 1 + (e.group(2) == null ? 0 : Integer.parseInt(e.group(2)));
                        (e.group(1).equals("error") ? errors : notices)
                                .computeIfAbsent(f + ":" + line, k -> new ArrayList<>()).add(e.group(3).strip());
                    }
                }
            }
        }
        assertThat(expected).as("expectations in " + dir).isNotEmpty();
        List<String> problems = new ArrayList<>();
        Map<String, List<Finding>> got = new TreeMap<>();
        for (Finding f : result.findings()) {
            String where = f.resource().location().file() + ":" + f.resource().location().line();
            got.computeIfAbsent(where, k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Expected>> e : expected.entrySet()) {
            List<Finding> at = got.getOrDefault(e.getKey(), List.of());
            compare(e.getKey(), e.getValue(), at, problems);
        }
        for (String where : got.keySet()) {
            if (!expected.containsKey(where)) {
                got.get(where).forEach(f -> problems.add(where + ": unexpected result " + f.resource().address() + " "
                        + f.verdict()));
            }
        }
        diagnostics("error", result.errors(), errors, true, problems);
        diagnostics("notice", result.notices(), notices, false, problems);
        assertThat(problems).as(dir + "\n" + describe(result)).isEmpty();
    }

    static ScanResult scan(Path workingDirectory, List<String> paths) {
        return Isolint.scan(ScanRequest.builder().workingDirectory(workingDirectory).paths(paths)
                .today(Scans.TODAY).build());
    }

    private static List<Expected> entries(String text, String where) {
        List<Expected> out = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = ENTRY.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(where + ": cannot read expectation \"" + part + "\"");
            }
            out.add(new Expected(m.group(1), m.group(2) != null, m.group(3)));
        }
        return out;
    }

    private static void compare(String where, List<Expected> want, List<Finding> at, List<String> problems) {
        if (at.isEmpty()) {
            problems.add(where + ": no result, expected " + want);
            return;
        }
        boolean byAddress = want.stream().allMatch(w -> w.address() != null);
        if (!byAddress) {
            Expected w = want.get(0);
            for (Finding f : at) {
                if (!f.verdict().name().equals(w.verdict()) || f.suppressed() != w.suppressed()) {
                    problems.add(where + ": " + f.resource().address() + " is " + f.verdict()
                            + (f.suppressed() ? " (suppressed)" : "") + ", expected " + w.verdict()
                            + (w.suppressed() ? " (suppressed)" : "") + ": " + f.message());
                }
            }
            return;
        }
        List<Finding> left = new ArrayList<>(at);
        for (Expected w : want) {
            Finding match = left.stream().filter(f -> f.resource().address().equals(w.address())).findFirst().orElse(null);
            if (match == null) {
                problems.add(where + ": no result for " + w.address() + " (expected " + w.verdict() + ")");
                continue;
            }
            left.remove(match);
            if (!match.verdict().name().equals(w.verdict()) || match.suppressed() != w.suppressed()) {
                problems.add(where + ": " + w.address() + " is " + match.verdict() + ", expected " + w.verdict()
                        + ": " + match.message());
            }
        }
        left.forEach(f -> problems.add(where + ": unexpected result " + f.resource().address() + " " + f.verdict()));
    }

    private static void diagnostics(String kind, List<Diagnostic> got, Map<String, List<String>> want, boolean strict,
            List<String> problems) {
        List<Diagnostic> left = new ArrayList<>(got);
        for (Map.Entry<String, List<String>> e : want.entrySet()) {
            for (String text : e.getValue()) {
                Diagnostic match = left.stream().filter(d -> (d.location().file() + ":" + d.location().line())
                        .equals(e.getKey()) && d.message().contains(text)).findFirst().orElse(null);
                if (match == null) {
                    problems.add(e.getKey() + ": no " + kind + " containing \"" + text + "\"");
                } else {
                    left.remove(match);
                }
            }
        }
        if (strict) {
            left.forEach(d -> problems.add(d.location() + ": unexpected " + kind + ": " + d.message()));
        }
    }

    private static String describe(ScanResult r) {
        StringBuilder sb = new StringBuilder();
        r.findings().forEach(f -> sb.append("  ").append(f.verdict()).append(' ').append(f.resource().location())
                .append(' ').append(f.resource().address()).append(": ").append(f.message()).append('\n'));
        r.errors().forEach(d -> sb.append("  error ").append(d.location()).append(": ").append(d.message()).append('\n'));
        r.notices().forEach(d -> sb.append("  notice ").append(d.location()).append(": ").append(d.message()).append('\n'));
        return sb.toString();
    }
}

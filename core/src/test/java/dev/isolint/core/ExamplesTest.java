package dev.isolint.core;

import dev.isolint.core.api.ScanResult;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every example under {@code testdata/} that carries {@code expect: ISO001 <VERDICT>} markers is
 * scanned, and each marker must match a finding: in YAML/HCL the marker is a comment on the
 * resource's own line; in JSON it is a string inside the resource ({@code "Metadata": {"expect": …}})
 * and belongs to the nearest resource above it. Findings without a marker fail the test too.
 */
class ExamplesTest {

    private static final Pattern MARKER = Pattern.compile("expect\"?:\\s*\"?ISO001 (PASS|FAIL|UNKNOWN)");
    /**
     * Not checked here: report goldens, hostile inputs, and the Terraform examples, which are module trees
     * scanned as whole cases (with expected errors and notices) by {@code TerraformExamplesTest}.
     */
    private static final List<String> EXCLUDED = List.of("golden", "hostile", "terraform");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        Path root = Scans.ROOT.resolve("testdata");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> EXCLUDED.stream().noneMatch(x -> root.relativize(p).startsWith(x)))
                    .filter(ExamplesTest::hasMarkers)
                    .sorted()
                    .toList();
        }
        assertThat(files).as("examples with markers").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(f)));
    }

    private static boolean hasMarkers(Path p) {
        try {
            return MARKER.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(Path file) throws IOException {
        boolean terraform = file.toString().endsWith(".tf") || file.toString().endsWith(".tf.json");
        ScanResult result = Scans.scan(terraform ? file.getParent() : file);
        assertThat(result.errors()).as("errors").isEmpty();
        List<Finding> inFile = result.findings().stream()
                .filter(f -> f.resource().location().file().equals(file.toAbsolutePath().normalize()))
                .toList();
        Map<Integer, String> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                int markerLine = i + 1;
                int owner = inFile.stream().mapToInt(f -> f.resource().location().line())
                        .filter(l -> l <= markerLine).max().orElse(-1);
                expected.merge(owner, m.group(1), (a, b) -> a + "," + b);
            }
        }
        Map<Integer, String> actual = new TreeMap<>();
        List<String> described = new ArrayList<>();
        for (Finding f : inFile) {
            // Generated instances (Fn::ForEach, count) share a line: compare the set of verdicts there.
            actual.merge(f.resource().location().line(), f.verdict().name(),
                    (a, b) -> a.contains(b) ? a : String.join(",", new java.util.TreeSet<>(List.of((a + "," + b).split(",")))));
            described.add(f.resource().location().line() + " " + f.resource().address() + " " + f.verdict() + ": " + f.message());
        }
        assertThat(actual).as("verdicts by line in %s:%n%s", file, String.join("\n", described)).isEqualTo(expected);
    }
}

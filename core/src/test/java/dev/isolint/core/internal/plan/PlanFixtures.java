package dev.isolint.core.internal.plan;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan fixtures of {@code testdata/plan/} and small helpers to scan them. */
final class PlanFixtures {

    /** The repository root: tests run in {@code core/}. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path PLANS = ROOT.resolve("testdata/plan");

    private PlanFixtures() {
    }

    static Path plan(String relative) {
        return PLANS.resolve(relative);
    }

    /** Scans {@code paths} with the repository root as working directory, as the CLI would. */
    static ScanResult scan(Path... paths) {
        ScanRequest.Builder b = ScanRequest.builder().workingDirectory(ROOT).today(LocalDate.of(2026, 1, 1));
        for (Path p : paths) {
            b.path(p.toString());
        }
        return Isolint.scan(b.build());
    }

    /** Scans {@code bytes} given on standard input ({@code isolint scan -}) from {@code workingDirectory}. */
    static ScanResult scanStdin(byte[] bytes, Path workingDirectory) {
        return Isolint.scan(ScanRequest.builder().workingDirectory(workingDirectory).today(LocalDate.of(2026, 1, 1))
                .path("-").stdin(bytes).build());
    }

    static Map<String, Finding> byAddress(ScanResult result) {
        return result.findings().stream()
                .collect(Collectors.toMap(f -> f.resource().address(), Function.identity(), (a, b) -> {
                    throw new AssertionError("two results for " + a.resource().address());
                }, java.util.LinkedHashMap::new));
    }

    /**
     * An oracle for plan locations that does not use Jackson: the 1-based line and column of the
     * {@code {} that opens the first object whose {@code "address"} is {@code address}, found by a
     * text search ({@code planned_values} comes before {@code resource_changes} in Terraform's output).
     */
    static int[] objectStart(Path plan, String address) throws IOException {
        String text = Files.readString(plan, StandardCharsets.UTF_8);
        String quoted = "\"" + address.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        int key = text.indexOf("\"address\":" + quoted);
        if (key < 0) {
            key = text.indexOf("\"address\": " + quoted);
        }
        if (key < 0) {
            throw new AssertionError("no object with address " + address + " in " + plan);
        }
        int brace = text.lastIndexOf('{', key);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, brace - lineStart + 1};
    }

    /** One-line summaries of findings, file-independent, for comparing two reads of the same plan. */
    static List<String> summaries(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.verdict() + " " + f.resource().address() + " @" + f.resource().location().line() + ":"
                        + f.resource().location().column() + " " + f.message())
                .toList();
    }
}

package dev.isolint.core;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;

import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Test helpers: scan in process from the repository root on a fixed day, write inputs, render reports. */
public final class Scans {

    /** The repository root: core's tests run in {@code core/}. */
    public static final Path ROOT = locateRoot();
    /** The day every suppression fixture is judged on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private Scans() {
    }

    private static Path locateRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("testdata"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("..").toAbsolutePath().normalize() : p;
    }

    public static ScanRequest.Builder request(String... paths) {
        return ScanRequest.builder().workingDirectory(ROOT).today(TODAY).paths(List.of(paths));
    }

    public static ScanResult scan(String... paths) {
        return Isolint.scan(request(paths).build());
    }

    public static ScanResult scan(Path path) {
        return scan(path, b -> { });
    }

    public static ScanResult scan(Path path, Consumer<ScanRequest.Builder> options) {
        ScanRequest.Builder b = request(path.toAbsolutePath().toString());
        options.accept(b);
        return Isolint.scan(b.build());
    }

    /** Scans a single input written to {@code dir/name}. */
    public static ScanResult scanText(Path dir, String name, String text) {
        return scanText(dir, name, text, b -> { });
    }

    public static ScanResult scanText(Path dir, String name, String text, Consumer<ScanRequest.Builder> options) {
        try {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return scan(f, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finding for {@code address}; fails when there is none. */
    public static Finding finding(ScanResult r, String address) {
        return r.findings().stream().filter(f -> f.resource().address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + address + " in " + r.findings()));
    }

    public static PathFormatter paths() {
        return new PathFormatter(ROOT);
    }

    public static Reporter.Options options(UnknownPolicy unknown) {
        return new Reporter.Options(paths(), unknown, false, false, false);
    }

    public static String render(Reporter reporter, ScanResult result, Reporter.Options options) {
        StringWriter w = new StringWriter();
        try {
            reporter.write(result, options, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Findings by address; addresses are unique within the fixtures that use this. */
    public static Map<String, Finding> byAddress(ScanResult result) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            if (m.put(f.resource().address(), f) != null) {
                throw new IllegalStateException("duplicate address " + f.resource().address());
            }
        }
        return m;
    }
}

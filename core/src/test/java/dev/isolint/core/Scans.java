package dev.isolint.core;

import dev.isolint.core.report.PathFormatter;
import dev.isolint.core.report.Reporter;
import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: scans from the repository root on a fixed day, and renders reports to strings. */
public final class Scans {

    /** The repository root: core's tests run in {@code core/}. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The day every suppression fixture is judged on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private Scans() {
    }

    public static ScanRequest.Builder request(String... paths) {
        return ScanRequest.builder().workingDirectory(ROOT).today(TODAY).paths(List.of(paths));
    }

    public static ScanResult scan(String... paths) {
        return Isolint.scan(request(paths).build());
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

package dev.isolint.core;

import dev.isolint.core.rule.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Test helpers: run a scan in process, write temporary inputs. */
public final class Scans {

    /** The repository root (tests run with the module directory as working directory). */
    public static final Path REPO = locateRepo();

    private Scans() {
    }

    private static Path locateRepo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("testdata"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    public static ScanResult scan(Path path) {
        return scan(path, b -> { });
    }

    public static ScanResult scan(Path path, Consumer<ScanRequest.Builder> options) {
        ScanRequest.Builder b = ScanRequest.builder()
                .path(path.toAbsolutePath().toString())
                .workingDirectory(REPO)
                .today(LocalDate.of(2026, 6, 1));
        options.accept(b);
        return Isolint.scan(b.build());
    }

    /** Scans a single template written to {@code dir/name}. */
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
}

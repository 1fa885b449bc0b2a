package dev.isolint.core.fuzz;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Scans one input written to a scratch directory under its original file name and says what is
 * wrong with the outcome, if anything: an internal error (an exception escaped a reader) or an
 * error entry without a position.
 */
final class MutatedInputCheck {

    private MutatedInputCheck() {
    }

    /** {@code null} when the outcome is acceptable, else a description of the defect. */
    static String check(Path scratch, String fileName, byte[] content) throws IOException {
        try (var s = Files.list(scratch)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Path f = scratch.resolve(fileName);
        Files.write(f, content);
        ScanResult r = Isolint.scan(ScanRequest.builder().path(f.toString()).workingDirectory(scratch)
                .today(LocalDate.of(2026, 1, 1)).build());
        for (Diagnostic d : r.errors()) {
            if (d.message().contains("internal error") || d.location().line() < 1) {
                return fileName + ": " + d.location() + " " + d.message();
            }
        }
        return null;
    }
}

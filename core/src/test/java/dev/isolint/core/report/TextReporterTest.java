package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.api.UnknownPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {

    private static final ScanResult MIXED = Scans.scan("testdata/golden/mixed/input");

    private static String text(boolean color, boolean verbose, boolean quiet) {
        return Scans.render(new TextReporter(), MIXED,
                new Reporter.Options(Scans.paths(), UnknownPolicy.FAIL, color, verbose, quiet));
    }

    @Test
    void groupsByFileInPathOrder() {
        assertThat(text(false, false, false).lines().filter(l -> l.startsWith("testdata/")))
                .containsExactly("testdata/golden/mixed/input/.isolint-ignore.yml",
                        "testdata/golden/mixed/input/broken.yaml",
                        "testdata/golden/mixed/input/odd names/team,a b.yaml",
                        "testdata/golden/mixed/input/templates/app.yaml",
                        "testdata/golden/mixed/input/templates/stack.json");
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(text(false, false, false)).doesNotContain("\u001b[");
        assertThat(text(true, false, false)).contains("\u001b[31;1mFAIL\u001b[0m");
    }

    @Test
    void passOnlyWhenVerboseAndQuietKeepsOnlyWhatFails() {
        assertThat(text(false, false, false)).doesNotContain("PASS  ISO001");
        assertThat(text(false, true, false)).contains("14:3  PASS  ISO001  IsolatedModel");
        String quiet = text(false, false, true);
        assertThat(quiet).doesNotContain("(suppressed)", "NOTICE").contains("ERROR", "CommentWithoutReason");
    }

    @Test
    void summaryAndNextSteps() {
        assertThat(text(false, false, false)).endsWith("""
                4 files, 12 SageMaker models: 9 FAIL (5 suppressed), 1 UNKNOWN, 2 PASS; 1 input error, 2 notices
                FAILED: 5 results fail the run. Enable network isolation on a new model for each (isolint explain ISO001 shows how), or record an accepted risk with a reason (isolint:ignore comment or .isolint-ignore.yml).
                ERROR: 1 input error: fix the input so every resource is checked (exit code 2).
                """);
    }

    @Test
    void aCleanQuietRunPrintsNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.yaml"), "Resources:\n  M:\n    Type: AWS::SageMaker::Model\n"
                + "    Properties:\n      EnableNetworkIsolation: true\n");
        ScanResult clean = Scans.scan(dir.toString());
        assertThat(Scans.render(new TextReporter(), clean,
                new Reporter.Options(Scans.paths(), UnknownPolicy.FAIL, false, false, true))).isEmpty();
        assertThat(Scans.render(new TextReporter(), clean, Scans.options(UnknownPolicy.FAIL)))
                .isEqualTo("1 file, 1 SageMaker model: 0 FAIL, 0 UNKNOWN, 1 PASS; 0 input errors, 0 notices\nOK: no failing result.\n");
    }
}

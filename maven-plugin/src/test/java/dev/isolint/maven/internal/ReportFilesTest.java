package dev.isolint.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.report.ReportFormat;
import dev.isolint.core.report.Reports.Destination;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's file name matches its format (SPEC §8): {@code outputFormat}, {@code outputFile} and {@code formats}. */
class ReportFilesTest {

    private static final Path TARGET = Path.of("/p/target");

    private static Destination at(ReportFormat format, String name) {
        return new Destination(format, TARGET.resolve(name));
    }

    @Test
    void byDefaultOneSarifReport() {
        assertThat(ReportFiles.plan(null, null, List.of(), TARGET)).containsExactly(at(ReportFormat.SARIF, "isolint.sarif"));
    }

    @Test
    void theDefaultFileFollowsTheOutputFormat() {
        assertThat(ReportFiles.plan("json", null, List.of(), TARGET)).containsExactly(at(ReportFormat.JSON, "isolint.json"));
        assertThat(ReportFiles.plan("JUnit", null, List.of(), TARGET)).containsExactly(at(ReportFormat.JUNIT, "isolint.xml"));
        assertThat(ReportFiles.plan("text", null, List.of(), TARGET)).containsExactly(at(ReportFormat.TEXT, "isolint.txt"));
        assertThat(ReportFiles.plan("gitlab", null, List.of(), TARGET))
                .containsExactly(at(ReportFormat.GITLAB, "isolint.gitlab.json"));
    }

    @Test
    void anOutputFileIsUsedAsGiven() {
        Path file = Path.of("/p/reports/scan.json");
        assertThat(ReportFiles.plan("json", file, List.of(), TARGET)).containsExactly(new Destination(ReportFormat.JSON, file));
    }

    @Test
    void formatsReplaceTheDefaultReport() {
        assertThat(ReportFiles.plan(null, null, List.of("json", "junit", "json"), TARGET))
                .containsExactly(at(ReportFormat.JSON, "isolint.json"), at(ReportFormat.JUNIT, "isolint.xml"));
    }

    @Test
    void aGivenOutputFormatIsWrittenBesideTheFormats() {
        assertThat(ReportFiles.plan("sarif", null, List.of("gitlab", "sarif"), TARGET))
                .containsExactly(at(ReportFormat.SARIF, "isolint.sarif"), at(ReportFormat.GITLAB, "isolint.gitlab.json"));
    }

    @Test
    void unknownFormatsAndGithubAreRefused() {
        assertThatThrownBy(() -> ReportFiles.plan("html", null, List.of(), TARGET))
                .hasMessage("outputFormat: unknown format 'html'; one of sarif, json, junit, text, gitlab");
        assertThatThrownBy(() -> ReportFiles.plan(null, null, List.of("github"), TARGET))
                .hasMessage("formats: no report file for 'github'; one of sarif, json, junit, text, gitlab");
    }

    @Test
    void twoReportsToOneFileAreRefused() {
        assertThatThrownBy(() -> ReportFiles.plan("sarif", TARGET.resolve("isolint.json"), List.of("json"), TARGET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the sarif and json reports would both be written to");
    }
}

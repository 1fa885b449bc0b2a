package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one report writer both faces use. */
class ReportsTest {

    private static final ScanResult MIXED = Scans.scan("testdata/golden/mixed/input");

    private static Reporter.Options options(boolean color) {
        return new Reporter.Options(Scans.paths(), UnknownPolicy.FAIL, color, false, false);
    }

    @Test
    void writesEachReportWhereItGoesCreatingDirectories(@TempDir Path dir) throws IOException {
        Path sarif = dir.resolve("a/b/results.sarif");
        Path junit = dir.resolve("junit.xml");
        StringWriter console = new StringWriter();
        Reports.write(MIXED, options(false), List.of(new Reports.Destination(ReportFormat.TEXT, null),
                new Reports.Destination(ReportFormat.SARIF, sarif), new Reports.Destination(ReportFormat.JUNIT, junit)),
                console);
        assertThat(console.toString()).isEqualTo(Scans.render(new TextReporter(), MIXED, options(false)));
        assertThat(Files.readString(sarif, StandardCharsets.UTF_8))
                .isEqualTo(Scans.render(new SarifReporter(), MIXED, options(false)));
        assertThat(Files.readString(junit, StandardCharsets.UTF_8))
                .isEqualTo(Scans.render(new JunitReporter(), MIXED, options(false)));
    }

    @Test
    void coloursOnlyTextOnTheConsole(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("report.txt");
        StringWriter console = new StringWriter();
        Reports.write(MIXED, options(true), List.of(new Reports.Destination(ReportFormat.TEXT, null),
                new Reports.Destination(ReportFormat.TEXT, text)), console);
        assertThat(console.toString()).contains("\u001b[");
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).doesNotContain("\u001b[")
                .isEqualTo(Scans.render(new TextReporter(), MIXED, options(false)));
    }

    @Test
    void anUnwritableDestinationSaysWhichReportAndWhy(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "");
        Path under = file.resolve("report.sarif");
        assertThatThrownBy(() -> Reports.write(MIXED, options(false),
                List.of(new Reports.Destination(ReportFormat.SARIF, under)), new StringWriter()))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write report to " + under + ": not a directory (" + file + ")");
        assertThatThrownBy(() -> Reports.write(MIXED, options(false),
                List.of(new Reports.Destination(ReportFormat.JSON, dir)), new StringWriter()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write report to " + dir + ": ");
    }

    @Test
    void reportsOnlyToFilesStillPrintTheSummaryLine(@TempDir Path dir) throws IOException {
        Path sarif = dir.resolve("results.sarif");
        StringWriter console = new StringWriter();
        Reports.write(MIXED, options(false), List.of(new Reports.Destination(ReportFormat.SARIF, sarif)), console);
        assertThat(console.toString()).isEqualTo("isolint: 4 files, 12 SageMaker models: 9 FAIL (5 suppressed),"
                + " 1 UNKNOWN, 2 PASS; 1 input error, 2 notices (report " + sarif + ")\n");
        StringWriter withConsole = new StringWriter();
        Reports.write(MIXED, options(false), List.of(new Reports.Destination(ReportFormat.JSON, null),
                new Reports.Destination(ReportFormat.SARIF, sarif)), withConsole);
        assertThat(withConsole.toString()).doesNotContain("isolint: 4 files");
    }
}

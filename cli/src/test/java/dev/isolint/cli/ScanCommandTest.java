package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output flags: several reports in one run, and the old -f/-o behaviour unchanged. */
class ScanCommandTest {

    private static final String MIXED = "testdata/golden/mixed/input";

    @Test
    void textOnStdoutAndSarifAndJunitToFilesInOneRun(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("out/results.sarif");
        Path junit = dir.resolve("junit.xml");
        Cli.Run run = Cli.run("scan", MIXED, "--format", "text", "--format", "sarif=" + sarif, "-f", "junit=" + junit);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("testdata/golden/mixed/expected/report.txt")));
        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")).hasSize(10);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuites name=\"isolint\" tests=\"13\"");
    }

    @Test
    void formatAndOutputWorkAsBefore(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        Cli.Run run = Cli.run("scan", MIXED, "-f", "json", "-o", out.toString());
        assertThat(run.exit()).isEqualTo(2);
        // The report goes to the file; the console gets only the one summary line (issue 17).
        assertThat(run.out()).startsWith("isolint: 4 files, 12 SageMaker models: ").endsWith("(report " + out + ")\n");
        assertThat(new ObjectMapper().readTree(out.toFile()).get("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void outputTakesTheFormatWithoutAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.txt");
        Path github = dir.resolve("gh.txt");
        Cli.Run run = Cli.run("scan", "testdata/golden/clean/input", "--format", "github=" + github, "--format", "text",
                "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out)).endsWith("OK: no failing result.\n");
        assertThat(Files.readString(github)).startsWith("isolint: 1 SageMaker model, 0 failing");
    }

    @Test
    void ambiguousOrUnknownFormatsAreUsageErrors() {
        assertUsageError(Cli.run("scan", MIXED, "-f", "text", "-f", "json"), "only one --format can go to standard output");
        assertUsageError(Cli.run("scan", MIXED, "-f", "yaml"), "unknown format 'yaml'");
        assertUsageError(Cli.run("scan", MIXED, "-f", "sarif=a.sarif", "-f", "json=a.sarif"), "two reports would be written to a.sarif");
        assertUsageError(Cli.run("scan", MIXED, "-f", "sarif="), "no file after '='");
        assertUsageError(Cli.run("scan", MIXED, "-f", "sarif=x.sarif", "-o", "y.txt"), "names no report");
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        Cli.Run run = Cli.run("scan", "testdata/golden/clean/input", "--format", "GitHub");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("isolint: 1 SageMaker model");
    }

    @Test
    void sourceDateEpochMustBeANumber() {
        Cli.Run run = Cli.run(java.util.Map.of("SOURCE_DATE_EPOCH", "yesterday"), "", "scan", "testdata/golden/clean/input");
        assertUsageError(run, "SOURCE_DATE_EPOCH must be a number of seconds");
    }

    private static void assertUsageError(Cli.Run run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }
}

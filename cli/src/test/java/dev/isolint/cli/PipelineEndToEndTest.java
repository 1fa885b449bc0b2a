package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI jobs of the README, run as CI runs them: a new JVM started in a subdirectory of a repository (the job's
 * {@code working-directory}), with the environment the runner sets. Paths in reports must be repository paths, so
 * code scanning and GitLab map each finding to its file.
 */
class PipelineEndToEndTest {

    @TempDir
    Path repo;

    private Path infra;

    /** A repository with {@code infra/many.yaml}: 12 models without isolation, 11 whose isolation is unknown. */
    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        infra = Files.createDirectories(repo.resolve("infra"));
        StringBuilder t = new StringBuilder("Parameters:\n  Iso:\n    Type: String\nResources:\n");
        for (int i = 0; i < 12; i++) {
            t.append("  Fail").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append("      EnableNetworkIsolation: false\n");
        }
        for (int i = 0; i < 11; i++) {
            t.append("  Unknown").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append("      EnableNetworkIsolation: !Ref Iso\n");
        }
        Files.writeString(infra.resolve("many.yaml"), t.toString());
    }

    @Test
    void gitHubActions() throws Exception {
        Path summary = repo.resolve("step-summary.md");
        Cli.Run run = Subprocess.run(infra, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "scan", ".", "--base-path", "..", "--unknown", "warn", "-f", "github", "-f", "sarif=results.sarif");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        String log = run.out();
        assertThat(log.lines().filter(l -> l.startsWith("::error "))).hasSize(10);
        assertThat(log.lines().filter(l -> l.startsWith("::warning "))).hasSize(10);
        assertThat(log.lines().filter(l -> l.startsWith("::notice "))).hasSize(1);
        assertThat(log).contains("::error file=infra/many.yaml,line=5,col=3,title=ISO001::")
                .contains("::notice title=isolint::3 more annotations left out (GitHub shows 10 of each kind per step):"
                        + " every finding is in the job's step summary and in this log");
        String sarif = Files.readString(infra.resolve("results.sarif"));
        assertThat(sarif).contains("\"uri\" : \"infra/many.yaml\"").doesNotContain("\"uri\" : \"many.yaml\"")
                .contains("\"uriBaseId\" : \"%SRCROOT%\"");
        String md = Files.readString(summary);
        assertThat(md).contains("23 SageMaker models: 12 failing");
        assertThat(md.lines().filter(l -> l.startsWith("| ISO001 | infra/many.yaml:"))).hasSize(23);
    }

    @Test
    void gitLabCi() throws Exception {
        // The configuration file at the repository root, found from the job's subdirectory, names the reports.
        Files.writeString(repo.resolve(".isolint.yml"),
                "format: [text, gitlab=gl-sast-report.json, junit=isolint-junit.xml]\nbase-path: .\n");
        Cli.Run run = Subprocess.run(infra, Map.of("GITLAB_CI", "true"), "scan", ".");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("1 file, 23 SageMaker models: 12 FAIL, 11 UNKNOWN, 0 PASS");
        String report = Files.readString(repo.resolve("gl-sast-report.json"));
        assertThat(report).contains("\"version\" : \"15.2.1\"", "\"type\" : \"sast\"", "\"status\" : \"success\"",
                "\"file\" : \"infra/many.yaml\"", "\"start_time\" : \"2026-01-15T00:00:00\"");
        assertThat(report.split("\"severity\" : \"High\"", -1)).hasSize(24);
        String junit = Files.readString(repo.resolve("isolint-junit.xml"));
        assertThat(junit).contains("<testsuite name=\"infra/many.yaml\" tests=\"23\" failures=\"23\"")
                .doesNotContain(" file=\"").doesNotContain(" line=\"");
    }
}

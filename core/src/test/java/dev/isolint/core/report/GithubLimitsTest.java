package dev.isolint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -f github} within GitHub's limits (10 annotations per kind per step), with one notice for what was left out,
 * and the step summary table written to {@code $GITHUB_STEP_SUMMARY} from an injected environment.
 */
class GithubLimitsTest {

    @TempDir
    Path tmp;

    /** A template of {@code failing} models without isolation and {@code unknown} ones on a parameter without value. */
    private ScanResult many(int failing, int unknown) throws IOException {
        StringBuilder t = new StringBuilder("Parameters:\n  Iso:\n    Type: String\nResources:\n");
        for (int i = 0; i < failing; i++) {
            t.append("  Fail").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append("      EnableNetworkIsolation: false\n");
        }
        for (int i = 0; i < unknown; i++) {
            t.append("  Unknown").append(i).append(":\n    Type: AWS::SageMaker::Model\n    Properties:\n")
                    .append("      EnableNetworkIsolation: !Ref Iso\n");
        }
        return Scans.scanText(tmp, "many.yaml", t.toString());
    }

    private String render(ScanResult r, UnknownPolicy policy, Map<String, String> env) {
        return Scans.render(new GithubReporter(), r, new Reporter.Options(Scans.paths(), policy, false, false, false, env));
    }

    private static long count(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void atMostTenErrorsAndTenWarningsThenOneNoticeSayingHowManyAndWhere() throws IOException {
        ScanResult r = many(13, 12);
        Path summary = tmp.resolve("summary.md");
        String out = render(r, UnknownPolicy.WARN, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(count(out, "::error ")).isEqualTo(10);
        assertThat(count(out, "::warning ")).isEqualTo(10);
        assertThat(count(out, "::notice ")).isEqualTo(1);
        assertThat(out).contains("::notice title=isolint::5 more annotations left out (GitHub shows 10 of each kind per"
                + " step): every finding is in the job's step summary and in this log");
        // What was left out is still in the log, as plain lines.
        assertThat(count(out, "isolint: ")).isEqualTo(5 + 1);
        assertThat(out).contains(": error: ISO001: SageMaker model Fail12 ", ": warning: ISO001: SageMaker model Unknown11 ");
        String md = Files.readString(summary);
        assertThat(md).startsWith("### isolint\n\n25 SageMaker models: 13 failing, 0 suppressed, 0 input errors.\n\n"
                + "| rule | file:line | resource | verdict | fix |\n|---|---|---|---|---|\n");
        assertThat(md.lines().filter(l -> l.startsWith("| ISO001 |"))).hasSize(25);
        assertThat(md).contains("| ISO001 | " + Scans.paths().format(tmp.resolve("many.yaml")) + ":5 | Fail0 | FAIL |"
                + " set EnableNetworkIsolation: true on a new model (isolint explain ISO001) |");
        assertThat(md).contains("| Unknown0 | UNKNOWN (warn) |");
    }

    @Test
    void underTheLimitsNothingIsLeftOutAndWithoutTheVariableNoSummaryIsWritten() throws IOException {
        String out = render(many(10, 0), UnknownPolicy.FAIL, Map.of());
        assertThat(count(out, "::error ")).isEqualTo(10);
        assertThat(out).doesNotContain("left out");
        String over = render(many(11, 0), UnknownPolicy.FAIL, Map.of());
        assertThat(over).contains("::notice title=isolint::1 more annotations left out (GitHub shows 10 of each kind"
                + " per step): every finding is in the log above");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("many.yaml");
        }
    }

    @Test
    void theSummaryIsAppendedAndEscapesTableCells() throws IOException {
        Path summary = Files.writeString(tmp.resolve("s.md"), "earlier step\n");
        ScanResult r = Scans.scan("testdata/golden/mixed/input");
        render(r, UnknownPolicy.FAIL, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        String md = Files.readString(summary);
        assertThat(md).startsWith("earlier step\n### isolint\n");
        assertThat(md).contains("| ISO001 | testdata/golden/mixed/input/odd names/team,a b.yaml:4 | Model%With:Colon | FAIL |");
        assertThat(md).doesNotContain("CommentSuppressed"); // suppressed: counted, not listed
        assertThat(StepSummary.markdown(Scans.scan("testdata/golden/clean/input"), Scans.options(UnknownPolicy.FAIL)))
                .contains("No failing result.");
        assertThat(List.of(md.split("\n"))).allSatisfy(l -> assertThat(l.chars().filter(c -> c == '|').count() % 6)
                .as(l).isIn(0L, 0L));
    }
}

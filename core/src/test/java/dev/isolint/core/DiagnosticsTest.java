package dev.isolint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.report.JsonReporter;
import dev.isolint.core.rule.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What error and notice entries say (issue 12): paths in messages as the report names files.
 */
class DiagnosticsTest {

    private static final String RELATIVE = "testdata/diagnostics/relative-paths";

    private static JsonNode json(ScanResult r) throws Exception {
        return new ObjectMapper().readTree(Scans.render(new JsonReporter(), r, Scans.options(UnknownPolicy.WARN)));
    }

    @Test
    void messagesNamePathsAsTheReportDoes() throws Exception {
        ScanResult r = Scans.scan(RELATIVE);
        JsonNode report = json(r);
        assertThat(report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asText()).isEqualTo(RELATIVE + "/main.tf");
            assertThat(e.get("message").asText())
                    .isEqualTo("duplicate resource \"aws_iam_role.this\": already declared at " + RELATIVE + "/iam.tf:1:1");
        });
        assertThat(report.get("notices")).singleElement().satisfies(n -> assertThat(n.get("message").asText())
                .contains("is not a directory (" + RELATIVE + "/not-checked-out)"));
        assertThat(Scans.finding(r, "module.ml.aws_sagemaker_model.m")).satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(f.message()).contains("module \"ml\" (" + RELATIVE + "/main.tf:5:1) does not set");
        });
        // No message, evidence note or field names a file by the scanning machine's absolute path.
        assertThat(report.toString()).doesNotContain(Scans.ROOT.toString());
    }

    @Test
    void messagesAreRelativeToTheWorkingDirectoryOfTheScan() {
        Path dir = Scans.ROOT.resolve(RELATIVE);
        ScanResult r = Isolint.scan(ScanRequest.builder().workingDirectory(dir).today(Scans.TODAY).path(".").build());
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("duplicate resource \"aws_iam_role.this\": already declared at iam.tf:1:1"));
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.message())
                .contains("is not a directory (not-checked-out)"));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsNamedByItsAbsolutePath() {
        Path elsewhere = Scans.ROOT.resolve("core");
        ScanResult r = Isolint.scan(ScanRequest.builder().workingDirectory(elsewhere).today(Scans.TODAY)
                .path(Scans.ROOT.resolve(RELATIVE).toString()).build());
        String iam = Scans.ROOT.resolve(RELATIVE).resolve("iam.tf").toString().replace('\\', '/');
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).endsWith("at " + iam + ":1:1"));
    }
}

package dev.isolint.core;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.UnknownPolicy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isolint.core.report.JsonReporter;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What error and notice entries say and how many there are (issue 12): paths in messages as the report
 * names files, at most 20 errors a file, and the summary's count of files that were read.
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

    @Test
    void aFileThatBreaksInManyPlacesGivesTwentyErrorsAndOneMore() throws Exception {
        ScanResult r = Scans.scan("testdata/diagnostics/error-flood");
        List<Diagnostic> flood = r.errors().stream().filter(e -> e.location().file().endsWith("flood.tf")).toList();
        assertThat(flood).hasSize(21);
        // The first twenty in report order: the second declarations of v0 … v19, on lines 52 to 71.
        for (int i = 0; i < 20; i++) {
            assertThat(flood.get(i).location().line()).isEqualTo(52 + i);
            assertThat(flood.get(i).message()).startsWith("duplicate variable \"v" + i + "\"");
        }
        assertThat(flood.get(20).message()).isEqualTo("\u2026 and 30 more errors in this file");
        assertThat(flood.get(20).location().line()).isEqualTo(72);
        // Another file's errors are not counted against it.
        assertThat(r.errors().stream().filter(e -> e.location().file().endsWith("other.tf"))).hasSize(1);
        assertThat(json(r).get("errors")).hasSize(22);
        assertThat(r.exitCode(UnknownPolicy.WARN).code()).isEqualTo(2);
    }

    @Test
    void theErrorsKeptAreTheFirstInReportOrderWhateverOrderThreadsReportThemIn() throws Exception {
        Path a = Scans.ROOT.resolve("a.tf");
        Path b = Scans.ROOT.resolve("b.tf");
        List<Diagnostic> all = new ArrayList<>();
        for (int line = 1; line <= 60; line++) {
            all.add(new Diagnostic(Range.of(a, line, 1), "error " + line));
        }
        all.add(new Diagnostic(Range.of(b, 3, 1), "only one"));
        for (long seed = 1; seed <= 5; seed++) {
            List<Diagnostic> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(seed));
            ScanContext context = new ScanContext(Scans.request().build());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (Diagnostic d : shuffled) {
                pool.execute(() -> context.error(d.location(), d.message()));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            List<Diagnostic> kept = context.errors();
            List<Diagnostic> expected = new ArrayList<>(all.subList(0, 20));
            expected.add(new Diagnostic(Range.of(a, 21, 1), "\u2026 and 40 more errors in this file"));
            expected.add(all.get(60));
            assertThat(kept).as("seed %d", seed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void twentyErrorsInAFileAreAllShown() {
        ScanContext context = new ScanContext(Scans.request().build());
        Path a = Scans.ROOT.resolve("a.tf");
        for (int line = 1; line <= 20; line++) {
            context.error(Range.of(a, line, 1), "error " + line);
        }
        assertThat(context.errors()).hasSize(20)
                .noneSatisfy(d -> assertThat(d.message()).contains("more errors"));
    }

    @Test
    void brokenFilesCountAsFilesInEveryFormat() {
        ScanResult broken = Scans.scan("testdata/diagnostics/file-counts/broken");
        assertThat(broken.errors()).hasSize(2);
        assertThat(broken.files()).isEqualTo(2);
        ScanResult both = Scans.scan("testdata/diagnostics/file-counts");
        assertThat(both.errors()).hasSize(2);
        assertThat(both.files()).isEqualTo(4);
        assertThat(both.findings()).hasSize(2).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
    }
}

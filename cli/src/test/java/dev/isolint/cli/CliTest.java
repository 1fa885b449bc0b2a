package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in process: options, exit codes, report shape. Runs from the repository root. */
class CliTest {

    @TempDir
    Path tmp;

    /** The result of one CLI run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run("", Map.of(), args);
    }

    @Test
    void bundledExamplesFailWithFileLineAndEvidence() {
        Run r = run("scan", "testdata/cloudformation");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("testdata/cloudformation/insecure-model.yaml\n  4:3  FAIL  ISO001  InsecureModel")
                .contains("      testdata/cloudformation/conditions.yaml:18: EnableNetworkIsolation: !If [IsProd, true, false]")
                .doesNotContain("\u001b[");
    }

    /** The README's first command: every format, findings with file:line and evidence, exit 1, no input error. */
    @Test
    void readmeQuickStartScansTheBundledExamples() {
        Run r = run("scan", "testdata/examples");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out())
                .contains("testdata/examples/cloudformation/ml-stack.yaml\n  11:3  FAIL  ISO001  RecommenderModel")
                .contains("testdata/examples/terraform/modules/ml/main.tf\n  1:1  FAIL  ISO001  module.ml.aws_sagemaker_model.this")
                .contains("testdata/examples/terraform/envs/prod/main.tf:14: network_isolation = each.value.isolate")
                .contains("instances not passing: module.ml[\"recommender\"].aws_sagemaker_model.this FAIL")
                .contains("FAIL  ISO001  module.svc[\"beta\"].aws_sagemaker_model.m[0]")
                .contains("0 input errors");
    }

    @Test
    void passingTemplateExitsZero() {
        Run r = run("scan", "--parameter", "Environment=prod", "--parameter", "Isolate=true",
                "testdata/cloudformation/conditions.yaml");
        assertThat(r.code()).as(r.out()).isEqualTo(0);
    }

    @Test
    void unknownFailsByDefaultAndWarnsOnRequest() {
        String path = "testdata/cloudformation/unknown-values.yaml";
        assertThat(run("scan", path).code()).isEqualTo(1);
        Run warn = run("scan", "--unknown=warn", path);
        assertThat(warn.code()).isEqualTo(0);
        assertThat(warn.out()).contains(path + "\n  12:3  UNKNOWN (warn)  ISO001  SsmParameter");
    }

    @Test
    void jsonReportHasSchemaVersionOneShape() {
        Run r = run("scan", "-f", "json", "testdata/cloudformation/insecure-model.yaml");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"schemaVersion\" : 1")
                .contains("\"summary\" : {\n    \"files\" : 1,\n    \"resources\" : 2,\n    \"pass\" : 1,\n    \"fail\" : 1,"
                        + "\n    \"unknown\" : 0,\n    \"suppressed\" : 0,\n    \"errors\" : 0\n  }")
                .contains("\"file\" : \"testdata/cloudformation/insecure-model.yaml\"")
                .contains("\"format\" : \"cloudformation\"")
                .contains("\"suppression\" : null")
                .contains("\"errors\" : [ ]")
                .contains("\"notices\" : [ ]");
    }

    @Test
    void stdinIsScannedWhenPathIsDash() throws IOException {
        String template = Files.readString(Path.of("testdata/cloudformation/insecure-model.yaml"));
        Run r = run(template, Map.of(), "scan", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("InsecureModel");
    }

    @Test
    void inputErrorsExitTwoAndWinOverFindingsWithoutStackTrace() throws IOException {
        Files.writeString(tmp.resolve("bad.json"), "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {");
        Files.copy(Path.of("testdata/cloudformation/insecure-model.yaml"), tmp.resolve("insecure.yaml"));
        Run r = run("scan", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("InsecureModel").contains(tmp.resolve("bad.json") + "\n  1:").contains("ERROR");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = run("scan", "--format", "nope", "testdata");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format");
        assertThat(run("scan", "--parameter", "novalue", "testdata").code()).isEqualTo(2);
        assertThat(run("bogus").code()).isEqualTo(2);
    }

    @Test
    void missingPathIsAnInputError() {
        Run r = run("scan", "does/not/exist.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("no such file or directory");
    }

    @Test
    void excludeSkipsMatchingPaths() {
        Run r = run("scan", "--exclude", "**/conditions.yaml", "-f", "json", "testdata/cloudformation");
        assertThat(r.out()).doesNotContain("conditions.yaml").contains("insecure-model.yaml");
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Path out = tmp.resolve("sub/report.json");
        Run r = run("scan", "-f", "json", "-o", out.toString(), "testdata/cloudformation/insecure-model.yaml");
        assertThat(r.code()).isEqualTo(1);
        // No report on the console: one line still says why the step is red (issue 17).
        assertThat(r.out()).isEqualTo("isolint: 1 file, 2 SageMaker models: 1 FAIL, 0 UNKNOWN, 1 PASS; 0 input errors,"
                + " 0 notices (report " + out + ")\n");
        assertThat(Files.readString(out)).contains("\"schemaVersion\" : 1");
    }

    @Test
    void verboseListsPassAndQuietOnlyFailures() {
        assertThat(run("scan", "-v", "testdata/cloudformation/insecure-model.yaml").out()).contains("PASS  ISO001");
        assertThat(run("scan", "testdata/cloudformation/insecure-model.yaml").out()).doesNotContain("PASS  ISO001");
        assertThat(run("scan", "-q", "--unknown=warn", "testdata/cloudformation/unknown-values.yaml").out())
                .doesNotContain("UNKNOWN  ISO001");
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("isolint ");
        Run help = run("scan", "--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("Exit codes:").contains("--unknown");
    }
}

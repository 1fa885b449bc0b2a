package dev.isolint.core;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanResult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit, set low, turns a small input that exceeds it into an error entry naming the limit and how to
 * raise it; the same input is read without error under the defaults.
 */
class LimitsScanTest {

    private static final String MODEL_TF = """
            resource "aws_sagemaker_model" "m" {
              name                     = "m"
              execution_role_arn       = "arn:aws:iam::123456789012:role/r"
              enable_network_isolation = %s
              primary_container {
                image = "img"
              }
            }
            """;

    @TempDir
    Path dir;

    private ScanResult scan(String limit) {
        return Scans.scan(dir, b -> b.limits(Limits.DEFAULT.with(limit)));
    }

    private ScanResult scanDefault() {
        return Scans.scan(dir);
    }

    private void write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** Exactly one error, on {@code file}, naming {@code limit}; none under the defaults. */
    private void assertLimitHit(String limit, String file, String says) {
        String name = limit.substring(0, limit.indexOf('='));
        assertThat(scanDefault().errors()).isEmpty();
        ScanResult r = scan(limit);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(dir.relativize(e.location().file()).toString().replace('\\', '/')).isEqualTo(file);
            assertThat(e.message()).contains(says).endsWith("(--limit " + name + "=…)");
        });
    }

    private static String template(String value) {
        return "Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      ExecutionRoleArn: r\n"
                + "      EnableNetworkIsolation: true\n      Tags: " + value + "\n";
    }

    @Test
    void fileSize() throws IOException {
        write("big.yaml", template("[" + "x, ".repeat(1000) + "y]"));
        assertLimitHit("file-size=1k", "big.yaml", "file is 4 KB, larger than the limit of 1 KB");
    }

    @Test
    void fileSizeAppliesToTerraformFiles() throws IOException {
        write("main.tf", MODEL_TF.formatted("true") + "#" + "x".repeat(2000) + "\n");
        assertLimitHit("file-size=1k", "main.tf", "larger than the limit of 1 KB");
    }

    @Test
    void files() throws IOException {
        for (int i = 0; i < 3; i++) {
            write("t" + i + ".yaml", template("[]"));
        }
        assertThat(scanDefault().files()).isEqualTo(3);
        ScanResult r = scan("files=2");
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().file()).isEqualTo(dir.toRealPath());
            assertThat(e.message()).isEqualTo("more than 2 files to scan, the rest is not read (--limit files=…)");
        });
    }

    @Test
    void depthOfADocument() throws IOException {
        write("deep.json", "{\"Resources\": {\"M\": {\"Type\": \"AWS::SageMaker::Model\", \"Properties\":"
                + " {\"EnableNetworkIsolation\": true, \"Tags\": [[[[1]]]]}}}}");
        assertLimitHit("depth=5", "deep.json", "document nested deeper than 5 levels");
    }

    @Test
    void depthOfAnHclFile() throws IOException {
        write("main.tf", MODEL_TF.formatted("true") + "locals {\n  x = [[[[[1]]]]]\n}\n");
        assertLimitHit("depth=5", "main.tf", "nested more than 5 levels deep");
    }

    @Test
    void aliasExpansion() throws IOException {
        write("alias.yaml", template("&t [a, b, c, d]") + "      Other: [*t, *t, *t]\n");
        assertLimitHit("alias-expansion=20", "alias.yaml", "YAML aliases expand to more than 20 nodes");
    }

    @Test
    void stringLengthInYaml() throws IOException {
        write("long.yaml", template("x".repeat(100)));
        assertLimitHit("string-length=50", "long.yaml", "a string is longer than 50 characters");
    }

    @Test
    void stringLengthInJson() throws IOException {
        write("long.json", "{\"Resources\": {\"M\": {\"Type\": \"AWS::SageMaker::Model\", \"Properties\":"
                + " {\"EnableNetworkIsolation\": true, \"Tags\": \"" + "x".repeat(100) + "\"}}}}");
        assertLimitHit("string-length=50", "long.json", "a string is longer than 50 characters");
    }

    @Test
    void tokens() throws IOException {
        write("main.tf", MODEL_TF.formatted("true"));
        assertLimitHit("tokens=10", "main.tf", "more than 10 tokens in one file");
    }

    @Test
    void tokensOfAVariablesFile() throws IOException {
        write("main.tf", MODEL_TF.formatted("var.on") + "variable \"on\" {}\n");
        write("terraform.tfvars", "on = true\n# a comment is no token\n");
        assertThat(scan("tokens=70").errors()).isEmpty();
        write("terraform.tfvars", "on = [" + "true, ".repeat(40) + "true][0]\n");
        assertThat(scan("tokens=70").errors()).singleElement().satisfies(e -> {
            assertThat(e.location().file().getFileName()).hasToString("terraform.tfvars");
            assertThat(e.message()).isEqualTo("more than 70 tokens in one file (--limit tokens=…)");
        });
    }

    @Test
    void moduleDepth() throws IOException {
        write("main.tf", "module \"a\" {\n  source = \"./a\"\n}\n");
        write("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n");
        write("b/main.tf", MODEL_TF.formatted("true"));
        ScanResult r = scan("module-depth=1");
        assertThat(r.errors()).extracting(Diagnostic::message)
                .contains("module \"b\": modules nested more than 1 levels deep (--limit module-depth=…)");
        assertThat(scanDefault().errors()).isEmpty();
    }

    @Test
    void aModuleCycleIsAnErrorWhateverTheLimits() throws IOException {
        write("main.tf", "module \"a\" {\n  source = \"./a\"\n}\n");
        write("a/main.tf", "module \"back\" {\n  source = \"../a\"\n}\n" + MODEL_TF.formatted("true"));
        assertThat(scanDefault().errors()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).startsWith("module cycle: module \"back\""));
    }

    @Test
    void instances() throws IOException {
        write("main.tf", MODEL_TF.formatted("true").replace("name ", "count = 5\n  name "));
        assertLimitHit("instances=3", "main.tf", "count of aws_sagemaker_model.m is 5, more instances than"
                + " isolint expands (3)");
    }

    @Test
    void evaluationSteps() throws IOException {
        write("main.tf", MODEL_TF.formatted("local.on") + "locals {\n  on = !!!!!!!!!!true\n}\n");
        assertLimitHit("evaluation-steps=5", "", "evaluation of this root module stopped after 5 steps");
    }
}

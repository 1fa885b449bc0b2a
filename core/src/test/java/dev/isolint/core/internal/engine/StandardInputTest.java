package dev.isolint.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.Scans;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.internal.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Standard input ({@code -}): named with {@code --stdin-filename} it has that name and the format the name
 * says; unnamed it is sniffed as a template or plan, and anything else is a notice, never silence (SPEC §6).
 */
class StandardInputTest {

    private static final Path MAIN_TF = Scans.ROOT.resolve("testdata/stdin/main.tf");

    private static ScanResult scanStdin(String name, byte[] content) {
        ScanRequest request = Scans.request("-").stdin(content).stdinFilename(name).build();
        return Isolint.scan(request);
    }

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Scans.ROOT.resolve(path));
    }

    @Test
    void terraformNamedMainTfIsAOneFileModule() throws IOException {
        ScanResult r = scanStdin("main.tf", read("testdata/stdin/main.tf"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.notices()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.resource().address()).isEqualTo("aws_sagemaker_model.piped");
        assertThat(f.resource().format()).isEqualTo(SourceFormat.TERRAFORM);
        assertThat(f.resource().location().file()).isEqualTo(Scans.ROOT.resolve("main.tf"));
        assertThat(f.resource().location().line()).isEqualTo(2);
    }

    @Test
    void terraformJsonNamedTfJsonIsAOneFileModule() throws IOException {
        ScanResult r = scanStdin("infra/x.tf.json", read("testdata/stdin/main.tf.json"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.resource().address()).isEqualTo("aws_sagemaker_model.piped_json");
            assertThat(f.resource().location().file()).isEqualTo(Scans.ROOT.resolve("infra/x.tf.json"));
        });
    }

    /** The content is standard input's, not the file of that name on disk, and the directory's other files are not read. */
    @Test
    void theNamedFileIsReadFromStandardInputAlone() throws IOException {
        String secure = Files.readString(MAIN_TF).replace("enable_network_isolation = false", "enable_network_isolation = true");
        ScanResult r = scanStdin("testdata/stdin/main.tf", secure.getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.PASS);
            assertThat(f.resource().location().file()).isEqualTo(MAIN_TF);
        });
    }

    @Test
    void brokenTerraformOnStandardInputIsAnErrorAtItsName() {
        ScanResult r = scanStdin("main.tf", "resource \"aws_sagemaker_model\" \"m\" {\n  name = \n}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo(Scans.ROOT.resolve("main.tf"));
            assertThat(d.location().line()).isEqualTo(2);
        });
    }

    @Test
    void otherNamesAreSniffedAndKeepTheName() throws IOException {
        ScanResult template = scanStdin("stack.yaml", read("testdata/cloudformation/insecure-model.yaml"));
        assertThat(template.findings()).isNotEmpty().allSatisfy(f ->
                assertThat(f.resource().location().file()).isEqualTo(Scans.ROOT.resolve("stack.yaml")));
        ScanResult plan = scanStdin("plans/plan.json", read("testdata/examples/plan/plan.json"));
        assertThat(plan.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.resource().format()).isEqualTo(SourceFormat.TERRAFORM_PLAN);
            assertThat(f.resource().location().file()).isEqualTo(Scans.ROOT.resolve("plans/plan.json"));
        });
    }

    @Test
    void unnamedTerraformIsANoticeNotSilence() throws IOException {
        ScanResult r = scanStdin(null, read("testdata/stdin/main.tf"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.errors()).isEmpty();
        assertThat(r.notices()).extracting(Diagnostic::message)
                .containsExactly("standard input looks like Terraform HCL: name it with --stdin-filename main.tf to scan it");
        assertThat(r.notices().get(0).location().file()).isEqualTo(SourceFile.STDIN);
        assertThat(scanStdin(null, read("testdata/stdin/main.tf.json")).notices()).extracting(Diagnostic::message)
                .containsExactly("standard input looks like Terraform JSON: name it with --stdin-filename main.tf.json to scan it");
    }

    @Test
    void otherContentIsANoticeToo() {
        assertThat(scanStdin(null, "name: not a template\n".getBytes(StandardCharsets.UTF_8)).notices())
                .extracting(Diagnostic::message)
                .containsExactly("standard input is not a CloudFormation template or Terraform plan: not scanned");
        assertThat(scanStdin(null, new byte[0]).notices()).extracting(Diagnostic::message)
                .containsExactly("standard input is empty: nothing scanned");
        assertThat(scanStdin("prod.tfvars", "isolate = true\n".getBytes(StandardCharsets.UTF_8)).notices())
                .extracting(Diagnostic::message).singleElement().asString().contains("Terraform variables file");
    }

    @Test
    void templatesAndPlansAreStillSniffedWithoutAName() throws IOException {
        ScanResult r = scanStdin(null, read("testdata/cloudformation/insecure-model.yaml"));
        assertThat(r.notices()).isEmpty();
        assertThat(r.findings()).isNotEmpty().allSatisfy(f ->
                assertThat(f.resource().location().file()).isEqualTo(SourceFile.STDIN));
    }

    /** "-" twice reads the one standard input once. */
    @Test
    void standardInputIsReadOnce() throws IOException {
        ScanRequest request = Scans.request("-", "-").stdin(read("testdata/stdin/main.tf")).stdinFilename("main.tf").build();
        assertThat(Isolint.scan(request).findings()).hasSize(1);
    }
}

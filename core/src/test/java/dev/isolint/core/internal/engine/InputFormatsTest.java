package dev.isolint.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Scans;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.scan.FileFormat;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each registered format claims the names and sniffs the content it should, and the registry asks them in order. */
class InputFormatsTest {

    private static final InputFormat PLAN = InputFormats.ALL.get(0);
    private static final InputFormat TEMPLATE = InputFormats.ALL.get(1);
    private static final InputFormat TERRAFORM = InputFormats.ALL.get(2);

    private static final String TEMPLATE_TEXT = "Resources:\n  M:\n    Type: AWS::SageMaker::Model\n";
    private static final String PLAN_TEXT = "{\"format_version\": \"1.2\", \"planned_values\": {}}";

    @Test
    void registryOrderIsPlanTemplateTerraform() {
        assertThat(PLAN).isInstanceOf(PlanFormat.class);
        assertThat(TEMPLATE).isInstanceOf(CloudFormationFormat.class);
        assertThat(TERRAFORM).isInstanceOf(TerraformFormat.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"main.tf", "x.tf.json", "prod.tfvars", "prod.tfvars.json", "MAIN.TF", "dir/Vars.TFVARS"})
    void terraformClaimsItsNames(String name) {
        assertThat(TERRAFORM.claimsByName(Path.of(name))).isTrue();
        assertThat(TERRAFORM.namedFileMeansDirectory()).isTrue();
        assertThat(PLAN.claimsByName(Path.of(name))).isFalse();
        assertThat(TEMPLATE.claimsByName(Path.of(name))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.json", "t.yaml", "t.yml", "t.template", "main.tf.bak", "tf", "README.md"})
    void terraformClaimsNothingElse(String name) {
        assertThat(TERRAFORM.claimsByName(Path.of(name))).isFalse();
    }

    @Test
    void documentsAreSniffedByName() {
        for (String name : new String[] {"t.json", "t.yaml", "t.YML", "t.template"}) {
            assertThat(TEMPLATE.sniffsName(Path.of(name))).as(name).isTrue();
        }
        assertThat(PLAN.sniffsName(Path.of("plan.JSON"))).isTrue();
        assertThat(PLAN.sniffsName(Path.of("plan.yaml"))).isFalse();
        assertThat(PLAN.sniffsName(Path.of("json"))).isFalse();
        assertThat(TEMPLATE.sniffsName(Path.of("notes.txt"))).isFalse();
        assertThat(TERRAFORM.sniffsName(Path.of("main.tf.json"))).isFalse();
        assertThat(PLAN.namedFileMeansDirectory()).isFalse();
        assertThat(TEMPLATE.namedFileMeansDirectory()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {TEMPLATE_TEXT, PLAN_TEXT, "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}",
        "format_version: 1\nresource_changes: []\nType: AWS::S3::Bucket", "x: 1", "", "resource \"a\" \"b\" {}"})
    void theFirstFormatToSniffAFileIsTheOneTheDetectorNames(String text) {
        SourceFile file = SourceFile.of(Path.of("f.json"), text.getBytes(StandardCharsets.UTF_8));
        InputFormat first = null;
        for (InputFormat f : InputFormats.ALL) {
            if (first == null && f.sniff(file)) {
                first = f;
            }
        }
        FileFormat detected = FormatDetector.sniff(file);
        InputFormat expected = detected == FileFormat.TERRAFORM_PLAN ? PLAN
                : detected == FileFormat.CLOUDFORMATION ? TEMPLATE : null;
        assertThat(first).isSameAs(expected);
        assertThat(TERRAFORM.sniff(file)).isFalse();
    }

    @Test
    void aLargePlanIsRecognisedInItsBytes() {
        StringBuilder sb = new StringBuilder("{\"format_version\": \"1.2\", \"resource_changes\": [], \"pad\": \"");
        sb.append("x".repeat(2 << 20)).append("\"}");
        SourceFile file = SourceFile.of(Path.of("plan.json"), sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(PLAN.sniff(file)).isTrue();
        assertThat(TEMPLATE.sniff(file)).isFalse();
    }

    /** The plan reader declines a template that merely mentions the plan keys; the template format then reads it. */
    @Test
    void aPlanCandidateThatIsATemplateIsReadAsATemplate(@TempDir Path dir) {
        String json = "{\"Description\": \"applied with format_version and planned_values by a pipeline\",\n"
                + " \"Resources\": {\"M\": {\"Type\": \"AWS::SageMaker::Model\",\n"
                + "   \"Properties\": {\"EnableNetworkIsolation\": true}}}}\n";
        SourceFile file = SourceFile.of(Path.of("t.json"), json.getBytes(StandardCharsets.UTF_8));
        assertThat(PLAN.sniff(file)).isTrue();
        assertThat(TEMPLATE.sniff(file)).isTrue();
        ScanResult r = Scans.scanText(dir, "t.json", json);
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.resource().format()).isEqualTo(SourceFormat.CLOUDFORMATION);
            assertThat(f.resource().address()).isEqualTo("M");
        });
    }

    @Test
    void terraformExplainsStandardInputItDoesNotRead() {
        assertThat(TERRAFORM.notScannedHint(SourceFile.of(Path.of("x.tfvars"), "a = 1".getBytes(StandardCharsets.UTF_8))))
                .contains("Terraform variables file");
        assertThat(TERRAFORM.notScannedHint(SourceFile.of(SourceFile.STDIN, "locals {\n}".getBytes(StandardCharsets.UTF_8))))
                .contains("--stdin-filename main.tf ");
        assertThat(TERRAFORM.notScannedHint(SourceFile.of(SourceFile.STDIN, "hello".getBytes(StandardCharsets.UTF_8))))
                .isNull();
        assertThat(PLAN.notScannedHint(SourceFile.of(SourceFile.STDIN, "locals {\n}".getBytes(StandardCharsets.UTF_8))))
                .isNull();
    }
}

package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that sniff as plans but are not, or not quite: ignored when plainly no plan, else one error. */
class PlanBadInputTest {

    @TempDir
    Path dir;

    private ScanResult scanText(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return PlanFixtures.scan(f);
    }

    @Test
    void documentThatMerelyMentionsThePlanKeysIsIgnored() throws IOException {
        ScanResult r = scanText("dashboard.json",
                "{\"format_version\": 3, \"panels\": [{\"title\": \"planned_values and resource_changes per day\"}]}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.files()).isZero();
    }

    @Test
    void templateThatMentionsThePlanKeysIsStillReadAsATemplate() throws IOException {
        ScanResult r = scanText("pipeline.yaml", String.join("\n",
                "AWSTemplateFormatVersion: '2010-09-09'",
                "Resources:",
                "  Check:",
                "    Type: AWS::CodeBuild::Project",
                "    Properties:",
                "      Source: {BuildSpec: 'terraform show -json p | jq \".format_version, .resource_changes\"'}",
                "  Model:",
                "    Type: AWS::SageMaker::Model",
                "    Properties: {ExecutionRoleArn: arn}",
                ""));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.resource().address()).isEqualTo("Model");
            assertThat(f.verdict()).isEqualTo(dev.isolint.core.rule.Verdict.FAIL);
        });
    }

    @Test
    void jsonLinesLogThatIsNoPlanIsIgnored() throws IOException {
        ScanResult r = scanText("log.json", "{\"@message\": \"format_version 1.2\"}\n{\"@message\": \"resource_changes: 3\"}\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).isZero();
    }

    @Test
    void contentAfterAPlanIsAnError() throws IOException {
        String plan = Files.readString(PlanFixtures.plan("unknown/plan.json")).strip();
        ScanResult r = scanText("twice.json", plan + "\n" + plan + "\n");
        assertThat(r.findings()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("more content after the end of the plan");
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.location().column()).isEqualTo(1);
        });
    }

    @Test
    void malformedJsonIsAnErrorWhereItBreaksInTheProjectsWords() throws IOException {
        ScanResult r = scanText("plan.json", "{\"format_version\":\"1.2\",\"planned_values\":{]}");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("invalid plan JSON: unexpected ']': expected '}' to close the object"
                    + " opened at line 1, column 42");
            assertThat(e.location().column()).isEqualTo(43);
        });
    }

    @Test
    void planShapeWithoutATopLevelFormatVersionIsNoPlan() throws IOException {
        ScanResult r = scanText("plan.json", "{\"planned_values\": {}, \"resource_changes\": [], \"x\": \"format_version\"}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.notices()).isEmpty();
        assertThat(r.files()).isZero();
    }

    @Test
    void hcpTerraformRedactedPlanIsANoticeNotAnError() {
        ScanResult r = PlanFixtures.scan(PlanFixtures.ROOT.resolve("testdata/diagnostics/redacted-plan/plan-redacted.json"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.files()).isZero();
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.message()).contains("HCP Terraform redacted plan (plan_format_version)").contains("not scanned");
            assertThat(n.location().line()).isEqualTo(2);
        });
        assertThat(r.exitCode(dev.isolint.core.api.UnknownPolicy.FAIL).code()).isZero();
    }

    @Test
    void formatVersionNestedBesideResourceChangesIsNoPlan() {
        ScanResult r = PlanFixtures.scan(PlanFixtures.ROOT.resolve("testdata/diagnostics/redacted-plan"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).isEmpty();
        assertThat(r.files()).isZero();
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.location().file().getFileName())
                .hasToString("plan-redacted.json"));
    }

    @Test
    void invalidUtf8IsAnErrorWithItsLine() throws IOException {
        Path f = dir.resolve("plan.json");
        byte[] head = "{\"format_version\": \"1.2\",\n\"planned_values\": {\"root_module\": {}},\n\"x\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bytes[head.length + 1] = (byte) 'x';
        bytes[head.length + 2] = '"';
        bytes[head.length + 3] = '}';
        Files.write(f, bytes);
        ScanResult r = PlanFixtures.scan(f);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).containsIgnoringCase("invalid UTF-8");
            assertThat(e.location().line()).isEqualTo(3);
        });
    }

    @Test
    void overDeepPlanIsAnErrorNotACrash() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ScanResult r = scanText("deep.json", "{\"format_version\": \"1.2\", \"planned_values\": {}, \"variables\": " + deep + "}");
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("nested deeper than 500 levels (--limit depth=…)"));
    }

    @Test
    void planWithoutModelsIsReadQuietly() throws IOException {
        ScanResult r = scanText("empty.json", "{\"format_version\": \"0.1\", \"planned_values\": {\"root_module\": {}},"
                + " \"resource_changes\": []}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.notices()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
    }

    @Test
    void incompletePlanIsANotice() throws IOException {
        ScanResult r = scanText("deferred.json", "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {}},"
                + "\n \"complete\": false, \"errored\": false}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.message()).contains("complete: false");
            assertThat(n.location().line()).isEqualTo(2);
        });
    }
}

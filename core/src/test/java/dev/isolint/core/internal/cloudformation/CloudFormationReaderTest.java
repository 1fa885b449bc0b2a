package dev.isolint.core.internal.cloudformation;

import static dev.isolint.core.Scans.finding;
import static dev.isolint.core.Scans.scanText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationReaderTest {

    @TempDir
    Path dir;

    private static final String PARAMETERISED = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Isolate:
                Type: String
                Default: "false"
            Resources:
              Model:
                Type: AWS::SageMaker::Model
                Properties:
                  EnableNetworkIsolation: !Ref Isolate
            """;

    @Test
    void evidenceChainNamesEveryStepWithItsLine() {
        Finding f = finding(scanText(dir, "t.yaml", PARAMETERISED), "Model");
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.resource().location().line()).isEqualTo(7);
        assertThat(f.evidence()).extracting(e -> e.location().line() + " " + e.note()).containsExactly(
                "10 EnableNetworkIsolation: !Ref Isolate",
                "5 Default: \"false\"",
                "10 EnableNetworkIsolation = false");
    }

    @Test
    void suppliedParameterWinsOverDefault() {
        ScanResult r = scanText(dir, "t.yaml", PARAMETERISED, b -> b.parameter("Isolate", "true"));
        Finding f = finding(r, "Model");
        assertThat(f.verdict()).isEqualTo(Verdict.PASS);
        assertThat(f.evidence()).extracting(Evidence::note).contains("--parameter Isolate=true");
    }

    @Test
    void parametersFileInListFormAndTemplateConfigurationForm() throws IOException {
        Path list = Files.writeString(dir.resolve("params.json"),
                "[{\"ParameterKey\": \"Isolate\", \"ParameterValue\": \"true\"}, {\"ParameterKey\": \"Other\", \"ParameterValue\": \"x\"}]");
        assertThat(finding(scanText(dir, "t.yaml", PARAMETERISED, b -> b.parameterFile(list)), "Model").verdict())
                .isEqualTo(Verdict.PASS);
        Path config = Files.writeString(dir.resolve("config.json"), "{\"Parameters\": {\"Isolate\": \"true\"}}");
        assertThat(finding(scanText(dir, "t.yaml", PARAMETERISED, b -> b.parameterFile(config)), "Model").verdict())
                .isEqualTo(Verdict.PASS);
        // --parameter comes after files: the command line wins.
        assertThat(finding(scanText(dir, "t.yaml", PARAMETERISED,
                b -> b.parameterFile(config).parameter("Isolate", "false")), "Model").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void valuesForUndeclaredParametersAreIgnored() {
        ScanResult r = scanText(dir, "t.yaml", PARAMETERISED, b -> b.parameter("NotDeclared", "true"));
        assertThat(finding(r, "Model").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void cdkTemplateWithoutFormatVersionIsATemplate() {
        ScanResult r = scanText(dir, "cdk.out/App.template.json", """
                {"Resources": {"M": {"Type": "AWS::SageMaker::Model", "Properties": {"EnableNetworkIsolation": false}}}}""");
        assertThat(finding(r, "M").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.files()).isEqualTo(1);
    }

    @Test
    void jsonAndYamlWithoutTemplateShapeAreIgnoredSilently() {
        ScanResult r = scanText(dir, "k8s.yaml", """
                apiVersion: v1
                kind: ConfigMap
                data:
                  Type: AWS::SageMaker::Model
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.errors()).isEmpty();
        ScanResult pkg = scanText(dir, "package.json", "{\"name\": \"x\", // comment\n \"version\": 1}");
        assertThat(pkg.errors()).isEmpty();
    }

    @Test
    void resourceConditionFalseIsJudgedAsWrittenAndNamed() {
        Finding f = finding(scanText(dir, "t.yaml", """
                Parameters:
                  Deploy: {Type: String, Default: "no"}
                Conditions:
                  DoDeploy: !Equals [!Ref Deploy, "yes"]
                Resources:
                  M:
                    Type: AWS::SageMaker::Model
                    Condition: DoDeploy
                    Properties: {EnableNetworkIsolation: false}
                """), "M");
        assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(f.evidence().get(0).note()).contains("Condition DoDeploy is false");
        assertThat(f.message()).contains("DoDeploy");
    }

    @Test
    void conditionThatRefersToItselfIsUnknownNotAHang() {
        Finding f = finding(scanText(dir, "t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Conditions:
                  A: !Condition B
                  B: !Not [!Condition A]
                Resources:
                  M:
                    Type: AWS::SageMaker::Model
                    Properties: {EnableNetworkIsolation: !If [A, true, false]}
                """), "M");
        assertThat(f.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(f.message()).contains("refers to itself");
    }

    @Test
    void refToAResourceIsUnknown() {
        Finding f = finding(scanText(dir, "t.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Flag: {Type: Custom::Flag, Properties: {ServiceToken: x}}
                  M:
                    Type: AWS::SageMaker::Model
                    Properties: {EnableNetworkIsolation: !Ref Flag}
                """), "M");
        assertThat(f.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(f.message()).contains("Flag is a resource");
    }

    @Test
    void malformedTemplateIsAnErrorWithPositionAndOtherFilesAreStillScanned() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  M:
                    Type: AWS::SageMaker::Model
                    Properties: {EnableNetworkIsolation: true
                """);
        Files.writeString(dir.resolve("good.yaml"), PARAMETERISED);
        ScanResult r = dev.isolint.core.Scans.scan(dir);
        assertThat(r.errors()).hasSize(1);
        Diagnostic d = r.errors().get(0);
        assertThat(d.location().file().getFileName()).hasToString("bad.yaml");
        assertThat(d.message()).contains("flow mapping").contains("opened at 5:17");
        assertThat(r.findings()).extracting(f -> f.resource().address()).containsExactly("Model");
        assertThat(r.exitCode(dev.isolint.core.api.UnknownPolicy.FAIL).code()).isEqualTo(2);
    }

    @Test
    void duplicateKeysAreErrorsInJsonAndYaml() {
        ScanResult yaml = scanText(dir, "d.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  M: {Type: AWS::SageMaker::Model}
                  M: {Type: AWS::SageMaker::Model}
                """);
        assertThat(yaml.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("duplicate key \"M\" (first at line 3)");
            assertThat(d.location().line()).isEqualTo(4);
        });
        ScanResult json = scanText(dir, "d.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\",\n \"AWSTemplateFormatVersion\": \"x\"}");
        assertThat(json.errors()).singleElement().satisfies(d -> assertThat(d.location().line()).isEqualTo(2));
    }

    @Test
    void aliasBombIsAnErrorNotAHang() {
        StringBuilder t = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            t.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                t.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            t.append("]\n");
        }
        t.append("Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties: {X: *a11}\n");
        ScanResult r = scanText(dir, "bomb.yaml", t.toString());
        assertThat(r.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("alias bomb"));
    }

    @Test
    void deepDocumentsAreErrors() {
        String deepJson = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"X\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(scanText(dir, "deep.json", deepJson).errors()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nested deeper than"));
        String deepYaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nX: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(scanText(dir, "deep.yaml", deepYaml).errors()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nested deeper than"));
    }

    @Test
    void nonUtf8TemplateIsAnErrorWithItsLine() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "AWSTemplateFormatVersion: \"2010-09-09\"\n# caf\u00e9\nResources: {}\n".getBytes(StandardCharsets.ISO_8859_1));
        ScanResult r = dev.isolint.core.Scans.scan(f);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.message()).contains("UTF-8");
        });
    }

    @Test
    void inlineAndMetadataSuppressionsAreCollected() {
        ScanResult r = scanText(dir, "s.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  # isolint:ignore ISO001 needs internet to call a licensed API; ticket SEC-12
                  Commented:
                    Type: AWS::SageMaker::Model
                  WithMetadata:
                    Type: AWS::SageMaker::Model
                    Metadata:
                      checkov:
                        skip:
                          - id: CKV_AWS_370
                            comment: migrated from checkov
                  NoReason:
                    Type: AWS::SageMaker::Model
                    Metadata:
                      isolint:
                        ignore:
                          - id: ISO001
                """);
        assertThat(finding(r, "Commented").suppression().reason()).startsWith("needs internet");
        assertThat(finding(r, "WithMetadata").suppression().kind()).isEqualTo("metadata");
        assertThat(finding(r, "NoReason").suppressed()).isFalse();
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.message()).contains("reason is required"));
    }

    @Test
    void nestedStackModelsAreAddressedParentSlashChild() {
        ScanResult r = dev.isolint.core.Scans.scan(dev.isolint.core.Scans.ROOT.resolve("testdata/cloudformation/nested"));
        assertThat(r.findings()).extracting(f -> f.resource().address()).containsExactlyInAnyOrder(
                "InferenceNestedStackInferenceNestedStackResourceA1B2C3D4/Model", "Serving/ServingModel");
    }

    @Test
    void forEachLoopsYieldOneModelPerGeneratedLogicalId() {
        ScanResult r = dev.isolint.core.Scans.scan(dev.isolint.core.Scans.ROOT.resolve("testdata/cloudformation/foreach.yaml"));
        assertThat(r.findings()).extracting(f -> f.resource().address() + " " + f.verdict()).containsExactly(
                "Modela FAIL", "Modelb FAIL", "FlagModelTRUE PASS", "FlagModeltrue PASS", "RegionModel${Region} UNKNOWN");
    }
}

package dev.isolint.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log lines and exception messages the plugin builds from a real scan of real files. */
class FindingMessagesTest {

    @TempDir
    Path base;

    private ScanResult result;
    private FindingMessages messages;

    @BeforeEach
    void scan() throws IOException {
        Files.createDirectories(base.resolve("infra"));
        Files.writeString(base.resolve("infra/model.yaml"), String.join("\n",
                "AWSTemplateFormatVersion: \"2010-09-09\"",
                "Parameters:",
                "  Isolate:",
                "    Type: String",
                "Resources:",
                "  Open:",
                "    Type: AWS::SageMaker::Model",
                "    Properties:",
                "      EnableNetworkIsolation: false",
                "  Undecided:",
                "    Type: AWS::SageMaker::Model",
                "    Properties:",
                "      EnableNetworkIsolation: !Ref Isolate",
                ""));
        Files.writeString(base.resolve("broken.json"), "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {");
        result = Isolint.scan(ScanRequest.builder().workingDirectory(base).path(base.toString()).build());
        messages = new FindingMessages(base);
    }

    private Finding finding(Verdict verdict) {
        return result.findings().stream().filter(f -> f.verdict() == verdict).findFirst().orElseThrow();
    }

    @Test
    void aFindingIsOneLineWithPathRelativeToTheBaseDirectory() {
        assertThat(messages.line(finding(Verdict.FAIL)))
                .isEqualTo("infra/model.yaml:6 Open FAIL \u2014 SageMaker model Open has network isolation disabled");
        assertThat(messages.line(finding(Verdict.UNKNOWN))).startsWith("infra/model.yaml:10 Undecided UNKNOWN \u2014 ");
    }

    @Test
    void theFailureListsEachFailingFindingAsFileLineAddressVerdict() {
        String failure = messages.failure(List.of(finding(Verdict.FAIL), finding(Verdict.UNKNOWN)));

        assertThat(failure.lines().toList()).containsExactly(
                "isolint: 2 SageMaker models without proven network isolation (rule ISO001):",
                "  infra/model.yaml:6 Open FAIL",
                "  infra/model.yaml:10 Undecided UNKNOWN");
    }

    @Test
    void theFailureOfSeveralRulesNamesThemAll() {
        RuleMetadata other = new RuleMetadata("ISO900", "other-rule", "t", "d", Severity.HIGH, "8.0", List.of(),
                "/none.md", "thing", "thing", "things", "without X", List.of(),
                new RuleMetadata.Fix("X: true", "x = true", "the thing", "Enable X"));
        Finding u = finding(Verdict.UNKNOWN);
        Finding byOther = new Finding(other, u.verdict(), u.resource(), u.message(), u.evidence(), null);

        assertThat(messages.failure(List.of(finding(Verdict.FAIL), byOther)).lines().toList()).containsExactly(
                "isolint: 2 resources that fail a rule (rules ISO001, ISO900):",
                "  infra/model.yaml:6 Open FAIL",
                "  infra/model.yaml:10 Undecided UNKNOWN");
        assertThat(messages.failure(List.of(byOther)).lines().findFirst())
                .contains("isolint: 1 thing without X (rule ISO900):");
    }

    @Test
    void aModuleCalledTwiceGivesTwoFailureLinesThatNameTheirCallPath() throws IOException {
        Path tf = base.resolve("tf");
        Files.createDirectories(tf.resolve("modules/ml"));
        Files.writeString(tf.resolve("modules/ml/main.tf"),
                "resource \"aws_sagemaker_model\" \"this\" {\n  enable_network_isolation = false\n}\n");
        Files.createDirectories(tf.resolve("envs/prod"));
        Files.writeString(tf.resolve("envs/prod/main.tf"), "module \"ml\" {\n  source = \"../../modules/ml\"\n}\n");
        Files.createDirectories(tf.resolve("envs/dev"));
        Files.writeString(tf.resolve("envs/dev/main.tf"), "module \"ml\" {\n  source = \"../../modules/ml\"\n}\n");
        ScanResult r = Isolint.scan(ScanRequest.builder().workingDirectory(base).path(tf.toString()).build());

        assertThat(messages.failure(r.findings()).lines().toList()).containsExactly(
                "isolint: 2 SageMaker models without proven network isolation (rule ISO001):",
                "  tf/modules/ml/main.tf:1 module.ml.aws_sagemaker_model.this FAIL (call path tf/envs/dev/main.tf: module.ml)",
                "  tf/modules/ml/main.tf:1 module.ml.aws_sagemaker_model.this FAIL (call path tf/envs/prod/main.tf: module.ml)");
        assertThat(messages.line(r.findings().get(0))).startsWith(
                "tf/modules/ml/main.tf:1 module.ml.aws_sagemaker_model.this FAIL (call path tf/envs/dev/main.tf: module.ml) \u2014 ");
    }

    @Test
    void inputErrorsAreListedWithFileLineAndColumn() {
        assertThat(result.errors()).hasSize(1);

        List<String> lines = messages.inputErrors(result.errors()).lines().toList();

        assertThat(lines.get(0)).startsWith("isolint: 1 input error ");
        assertThat(lines.get(0)).isEqualTo("isolint: 1 input error (a file that cannot be read may hide a resource):");
        assertThat(lines.get(1)).matches("  broken\\.json:1:\\d+: .+");
    }

    @Test
    void theSummarySaysWhatWasScannedAndWhereTheReportIs() {
        assertThat(messages.summary(result, List.of(base.resolve("target/isolint.sarif")))).isEqualTo(
                "isolint: 2 files, 2 SageMaker model(s): 1 FAIL, 1 UNKNOWN, 0 PASS, 0 suppressed, 1 input error(s); "
                        + "report target/isolint.sarif");
        assertThat(messages.summary(result, List.of(base.resolve("target/isolint.json"), base.resolve("target/isolint.xml"))))
                .endsWith("1 input error(s); reports target/isolint.json, target/isolint.xml");
    }
}

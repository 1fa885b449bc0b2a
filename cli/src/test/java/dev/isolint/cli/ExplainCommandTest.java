package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import dev.isolint.core.rules.NetworkIsolationRule;
import dev.isolint.core.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"ISO001", "iso001", "sagemaker-model-network-isolation", "CKV_AWS_370"})
    void explainsTheRuleByAnyOfItsNames(String name) {
        Cli.Run run = Cli.run("explain", name);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(Cli.run("explain").out());
    }

    @Test
    void coversRiskFixInEveryFormPermissionsVerificationAndNotes() {
        String text = Cli.run("explain").out();
        assertThat(text).startsWith("# ISO001 sagemaker-model-network-isolation").contains(
                "exfiltration", "command-and-control",
                "immutable", "update window",
                "### Console", "aws sagemaker create-model", "--enable-network-isolation", "aws sagemaker update-endpoint",
                "### CloudFormation", "EnableNetworkIsolation: true",
                "### Terraform", "enable_network_isolation = true",
                "sagemaker:CreateModel", "iam:PassRole",
                "describe-model --model-name", "--query EnableNetworkIsolation", "list-models",
                "no outbound call at all", "S3 and KMS", "control traffic", "model artifacts",
                "private VPC", "security groups", "VPC endpoints", "least-privilege", "flow logs");
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        Cli.Run run = Cli.run("explain", "ISO999");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule: ISO999");
    }

    @Test
    void theHelpNamesTheRulesOfTheRegistry() {
        assertThat(Cli.run("explain", "--help").out()).contains(
                "ISO001 or sagemaker-model-network-isolation (default;", "Checkov's CKV_AWS_370 is accepted too).");
        assertThat(ExplainCommand.describe(RuleRegistry.metadata()))
                .isEqualTo("ISO001 or sagemaker-model-network-isolation (default; Checkov's CKV_AWS_370 is accepted too).");
        RuleMetadata other = new RuleMetadata("ISO900", "other-rule", "t", "d", Severity.HIGH, "8.0",
                List.of(new RuleMetadata.Alias("Peer", "P_1")), "/none.md", "thing", "thing", "things", "without X",
                List.of(), new RuleMetadata.Fix("X: true", "x = true", "the thing", "Enable X"));
        assertThat(ExplainCommand.describe(List.of(NetworkIsolationRule.METADATA, other))).isEqualTo(
                "ISO001 or sagemaker-model-network-isolation (default), ISO900 or other-rule;"
                        + " Checkov's CKV_AWS_370 and Peer's P_1 are accepted too.");
    }
}

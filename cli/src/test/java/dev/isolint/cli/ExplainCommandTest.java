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
        assertThat(run.out()).isEqualTo(Cli.run("explain", "ISO001").out()).startsWith("# ISO001 ");
    }

    @Test
    void coversRiskFixInEveryFormPermissionsVerificationAndNotes() {
        String text = Cli.run("explain", "ISO001").out();
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
        assertThat(Cli.run("explain", "--help").out().replaceAll("\\s+", " ")).contains(
                "A rule's id (ISO001 to ISO006) or slug, or a peer tool's id for the same check (Checkov, AWS Config);"
                        + " without RULE, the list of rules.");
        RuleMetadata other = new RuleMetadata("ISO900", "other-rule", "t", "d", Severity.HIGH, "8.0",
                List.of(new RuleMetadata.Alias("Peer", "P_1")), "/none.md", "thing", "thing", "things", "without X",
                List.of(), new RuleMetadata.Fix("X: true", "x = true", "the thing", "Enable X"));
        assertThat(ExplainCommand.describe(List.of(NetworkIsolationRule.METADATA, other))).isEqualTo(
                "A rule's id (ISO001 to ISO900) or slug, or a peer tool's id for the same check (Checkov, Peer);"
                        + " without RULE, the list of rules.");
    }

    @Test
    void withoutARuleItListsEveryRule() {
        Cli.Run r = Cli.run("explain");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ISO001  sagemaker-model-network-isolation  ")
                .contains("ISO002  sagemaker-data-quality-job-network-isolation",
                        "HIGH  SageMaker model quality job definition without network isolation\n",
                        "ISO006  sagemaker-monitoring-schedule-network-isolation")
                .endsWith("isolint explain RULE (id or slug) shows why a rule exists, how to fix and how to verify.\n");
    }

    @Test
    void everyRuleIsExplainedByIdSlugOrPeerName() {
        for (String name : List.of("ISO004", "sagemaker-model-explainability-job-network-isolation",
                "sagemaker-model-explainability-job-network-isolation".toUpperCase())) {
            assertThat(Cli.run("explain", name).out()).startsWith(
                    "# ISO004 sagemaker-model-explainability-job-network-isolation\n");
        }
        assertThat(Cli.run("explain", "sagemaker-model-quality-job-definition-isolation").out())
                .startsWith("# ISO005 ");
        assertThat(Cli.run("explain", "ISO006").out()).contains("updated in place");
    }
}

package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.Setting;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import java.util.List;

/**
 * The four Model Monitor job definition rules (ISO002–ISO005): each judges the definitions of one {@link
 * MonitoringJobDefinition.Kind} on {@code NetworkConfig.EnableNetworkIsolation}. What differs between them is their
 * names; the words are made here once.
 */
abstract class JobDefinitionIsolationRule extends IsolationRule<MonitoringJobDefinition> {

    private final MonitoringJobDefinition.Kind kind;

    JobDefinitionIsolationRule(RuleMetadata metadata, MonitoringJobDefinition.Kind kind) {
        super(metadata, MonitoringJobDefinition.class);
        this.kind = kind;
    }

    /**
     * The metadata of the rule on {@code monitor} job definitions.
     *
     * @param monitor   the monitor's name in a sentence ({@code data quality})
     * @param awsConfig the AWS Config managed rule that checks the same after deployment
     * @param tag       the SARIF tag naming the monitor ({@code data-quality})
     */
    static RuleMetadata metadata(String id, String slug, String monitor, String awsConfig, String tag) {
        String noun = "SageMaker " + monitor + " job definition";
        return new RuleMetadata(
                id,
                slug,
                noun + " without network isolation",
                "SageMaker Model Monitor " + monitor + " job definitions must enable network isolation so their"
                        + " containers cannot send captured inference data out.",
                Severity.HIGH,
                "8.0",
                List.of(new RuleMetadata.Alias("AWS Config", awsConfig)),
                "/dev/isolint/core/rules/" + id + ".md",
                noun,
                "job definition",
                "Amazon SageMaker " + monitor + " job definitions deployed without network isolation",
                "without proven network isolation",
                List.of("security", "aws", "sagemaker", "model-monitor", tag, "network-isolation"),
                new RuleMetadata.Fix("NetworkConfig.EnableNetworkIsolation: true",
                        "enable_network_isolation = true in network_config", "a new job definition",
                        "Enable network isolation"));
    }

    @Override
    public final boolean judges(MonitoringJobDefinition definition) {
        return definition.kind() == kind;
    }

    @Override
    protected final Setting<Boolean> isolation(MonitoringJobDefinition definition) {
        return definition.networkIsolation();
    }
}

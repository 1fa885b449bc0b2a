package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.rule.RuleMetadata;

/** ISO004: every SageMaker model explainability job definition must have network isolation provably enabled. */
public final class ModelExplainabilityJobIsolationRule extends JobDefinitionIsolationRule {

    public static final RuleMetadata METADATA = metadata("ISO004", "sagemaker-model-explainability-job-network-isolation", "model explainability", "sagemaker-model-explainability-job-network-isolation", "model-explainability");

    public ModelExplainabilityJobIsolationRule() {
        super(METADATA, MonitoringJobDefinition.Kind.MODEL_EXPLAINABILITY);
    }
}

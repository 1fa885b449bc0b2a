package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.rule.RuleMetadata;

/** ISO005: every SageMaker model quality job definition must have network isolation provably enabled. */
public final class ModelQualityJobIsolationRule extends JobDefinitionIsolationRule {

    public static final RuleMetadata METADATA = metadata("ISO005", "sagemaker-model-quality-job-network-isolation", "model quality", "sagemaker-model-quality-job-definition-isolation", "model-quality");

    public ModelQualityJobIsolationRule() {
        super(METADATA, MonitoringJobDefinition.Kind.MODEL_QUALITY);
    }
}

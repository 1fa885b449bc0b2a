package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.rule.RuleMetadata;

/** ISO003: every SageMaker model bias job definition must have network isolation provably enabled. */
public final class ModelBiasJobIsolationRule extends JobDefinitionIsolationRule {

    public static final RuleMetadata METADATA = metadata("ISO003", "sagemaker-model-bias-job-network-isolation", "model bias", "sagemaker-model-bias-job-isolation", "model-bias");

    public ModelBiasJobIsolationRule() {
        super(METADATA, MonitoringJobDefinition.Kind.MODEL_BIAS);
    }
}

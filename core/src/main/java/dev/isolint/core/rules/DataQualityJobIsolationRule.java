package dev.isolint.core.rules;

import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.rule.RuleMetadata;

/** ISO002: every SageMaker data quality job definition must have network isolation provably enabled. */
public final class DataQualityJobIsolationRule extends JobDefinitionIsolationRule {

    public static final RuleMetadata METADATA = metadata("ISO002", "sagemaker-data-quality-job-network-isolation", "data quality", "sagemaker-data-quality-job-isolation", "data-quality");

    public DataQualityJobIsolationRule() {
        super(METADATA, MonitoringJobDefinition.Kind.DATA_QUALITY);
    }
}

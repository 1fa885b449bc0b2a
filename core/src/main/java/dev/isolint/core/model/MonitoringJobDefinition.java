package dev.isolint.core.model;

/**
 * A SageMaker Model Monitor job definition as it would be deployed: a container that reads an endpoint's captured
 * inputs and outputs on a schedule ({@code AWS::SageMaker::DataQualityJobDefinition} and its three siblings,
 * {@code aws_sagemaker_data_quality_job_definition}, the {@code awscc_} twins).
 *
 * @param resource         the format-independent facts
 * @param kind             which of the four monitors it is
 * @param networkIsolation {@code NetworkConfig.EnableNetworkIsolation} / {@code network_config.enable_network_isolation}
 * @param naming           its name setting ({@code JobDefinitionName}, {@code name}, {@code job_definition_name})
 */
public record MonitoringJobDefinition(Resource resource, Kind kind, Setting<Boolean> networkIsolation, Naming naming)
        implements Replaceable {

    /** The four Model Monitor job types, each judged by its own rule. */
    public enum Kind {
        DATA_QUALITY,
        MODEL_BIAS,
        MODEL_EXPLAINABILITY,
        MODEL_QUALITY
    }

    @Override
    public MonitoringJobDefinition withResource(Resource replacement) {
        return new MonitoringJobDefinition(replacement, kind, networkIsolation, naming);
    }
}

package dev.isolint.core.model;

/**
 * A SageMaker model ({@code AWS::SageMaker::Model}, {@code aws_sagemaker_model}, {@code awscc_sagemaker_model}) as it
 * would be deployed.
 *
 * @param resource         the format-independent facts
 * @param networkIsolation {@code EnableNetworkIsolation} / {@code enable_network_isolation}
 * @param naming           its name setting ({@code ModelName}, {@code name}, {@code model_name}) and lifecycle
 */
public record SageMakerModel(Resource resource, Setting<Boolean> networkIsolation, Naming naming)
        implements Replaceable {

    @Override
    public SageMakerModel withResource(Resource replacement) {
        return new SageMakerModel(replacement, networkIsolation, naming);
    }
}

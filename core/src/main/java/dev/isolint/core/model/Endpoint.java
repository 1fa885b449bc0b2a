package dev.isolint.core.model;

import java.util.List;

/**
 * A SageMaker endpoint ({@code AWS::SageMaker::Endpoint}, {@code aws_sagemaker_endpoint}, {@code awscc_sagemaker_endpoint}):
 * it serves one endpoint configuration, and is updated in place (blue/green) when that configuration is replaced.
 *
 * @param resource        the format-independent facts
 * @param endpointConfigs     the endpoint configuration it names ({@code EndpointConfigName}), one per instance at most
 * @param createBeforeDestroy where Terraform's {@code lifecycle { create_before_destroy = true }} is set on it, or
 *                            {@code null}: Terraform forces it onto what the endpoint depends on
 */
public record Endpoint(Resource resource, List<Reference> endpointConfigs, Range createBeforeDestroy)
        implements ServiceResource {

    public Endpoint {
        endpointConfigs = List.copyOf(endpointConfigs);
    }

    @Override
    public Endpoint withResource(Resource replacement) {
        return new Endpoint(replacement, endpointConfigs, createBeforeDestroy);
    }
}

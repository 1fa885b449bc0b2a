package dev.isolint.core.model;

import java.util.List;

/**
 * A SageMaker endpoint configuration ({@code AWS::SageMaker::EndpointConfig}, {@code aws_sagemaker_endpoint_configuration},
 * {@code awscc_sagemaker_endpoint_config}): it names the models of its production and shadow variants, so a fix that
 * replaces one of them replaces the configuration too (SPEC §12).
 *
 * @param resource the format-independent facts
 * @param models   the models its production and shadow variants name
 * @param naming   its name setting ({@code EndpointConfigName}, {@code name}, {@code endpoint_config_name})
 */
public record EndpointConfig(Resource resource, List<Reference> models, Naming naming) implements Replaceable {

    public EndpointConfig {
        models = List.copyOf(models);
    }

    @Override
    public EndpointConfig withResource(Resource replacement) {
        return new EndpointConfig(replacement, models, naming);
    }
}

package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.EndpointConfig;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::SageMaker::EndpointConfig} → {@link EndpointConfig}: the models of {@code ProductionVariants} and
 * {@code ShadowProductionVariants}, and its {@code EndpointConfigName}.
 */
final class EndpointConfigAdapter implements CloudFormationAdapter {

    @Override
    public List<String> types() {
        return List.of("AWS::SageMaker::EndpointConfig");
    }

    @Override
    public ServiceResource adapt(CloudFormationResource config) {
        List<Reference> models = new ArrayList<>(config.references("ProductionVariants[*].ModelName"));
        models.addAll(config.references("ShadowProductionVariants[*].ModelName"));
        return new EndpointConfig(config.resource("endpoint configuration"), models,
                new Naming(config.name("EndpointConfigName"), null));
    }
}

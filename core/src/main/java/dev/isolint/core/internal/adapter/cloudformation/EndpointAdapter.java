package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.Endpoint;
import dev.isolint.core.model.ServiceResource;
import java.util.List;

/** {@code AWS::SageMaker::Endpoint} → {@link Endpoint}: the configuration its {@code EndpointConfigName} names. */
final class EndpointAdapter implements CloudFormationAdapter {

    @Override
    public List<String> types() {
        return List.of("AWS::SageMaker::Endpoint");
    }

    @Override
    public ServiceResource adapt(CloudFormationResource endpoint) {
        return new Endpoint(endpoint.resource("endpoint"), endpoint.references("EndpointConfigName"), null);
    }
}

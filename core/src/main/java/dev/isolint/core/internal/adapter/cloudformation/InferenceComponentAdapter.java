package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.InferenceComponent;
import dev.isolint.core.model.ServiceResource;
import java.util.List;

/** {@code AWS::SageMaker::InferenceComponent} → {@link InferenceComponent}: the model of {@code Specification.ModelName}. */
final class InferenceComponentAdapter implements CloudFormationAdapter {

    @Override
    public List<String> types() {
        return List.of("AWS::SageMaker::InferenceComponent");
    }

    @Override
    public ServiceResource adapt(CloudFormationResource component) {
        return new InferenceComponent(component.resource("inference component"),
                component.references("Specification.ModelName"));
    }
}

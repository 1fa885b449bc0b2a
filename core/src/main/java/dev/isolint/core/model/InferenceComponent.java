package dev.isolint.core.model;

import java.util.List;

/**
 * A SageMaker inference component ({@code AWS::SageMaker::InferenceComponent}): it names a model
 * ({@code Specification.ModelName}) and is updated in place when that model is replaced.
 *
 * @param resource the format-independent facts
 * @param models   the model it names
 */
public record InferenceComponent(Resource resource, List<Reference> models) implements ServiceResource {

    public InferenceComponent {
        models = List.copyOf(models);
    }

    @Override
    public InferenceComponent withResource(Resource replacement) {
        return new InferenceComponent(replacement, models);
    }
}

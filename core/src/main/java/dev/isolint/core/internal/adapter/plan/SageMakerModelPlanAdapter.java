package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.internal.plan.PlanPath;
import dev.isolint.core.internal.plan.PlanResource;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_sagemaker_model} and {@code awscc_sagemaker_model} in a plan: {@code enable_network_isolation}, and the
 * name an endpoint configuration may name it by.
 */
final class SageMakerModelPlanAdapter implements PlanAdapter {

    private static final PlanPath NETWORK_ISOLATION = PlanPath.parse("enable_network_isolation");
    private static final Set<String> TYPES = Set.of("aws_sagemaker_model", "awscc_sagemaker_model");
    private static final PlanPath NAME = PlanPath.parse("name");
    private static final PlanPath AWSCC_NAME = PlanPath.parse("model_name");
    private static final List<PlanPath> PATHS = List.of(NETWORK_ISOLATION, NAME, AWSCC_NAME);

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public List<PlanPath> paths() {
        return PATHS;
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        return new SageMakerModel(planned.resource(ReplacementNote.of(planned, "models", "model",
                "every endpoint configuration and endpoint that uses it goes through an update")),
                Setting.single(planned.bool(NETWORK_ISOLATION)), new Naming(planned.name(planned.type().startsWith("awscc_") ? AWSCC_NAME : NAME), null));
    }
}

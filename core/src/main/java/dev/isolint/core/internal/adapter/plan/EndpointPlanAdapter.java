package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.internal.plan.PlanPath;
import dev.isolint.core.internal.plan.PlanResource;
import dev.isolint.core.model.Endpoint;
import dev.isolint.core.model.ServiceResource;
import java.util.List;
import java.util.Set;

/** {@code aws_sagemaker_endpoint} / {@code awscc_sagemaker_endpoint} in a plan: its {@code endpoint_config_name}. */
final class EndpointPlanAdapter implements PlanAdapter {

    private static final PlanPath CONFIG = PlanPath.parse("endpoint_config_name");

    @Override
    public Set<String> types() {
        return Set.of("aws_sagemaker_endpoint", "awscc_sagemaker_endpoint");
    }

    @Override
    public List<PlanPath> paths() {
        return List.of(CONFIG);
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        // Plan JSON carries no lifecycle: create_before_destroy is not decided from it (SPEC §12).
        return new Endpoint(planned.resource(PlannedAction.of(planned)), planned.references(CONFIG), null);
    }
}

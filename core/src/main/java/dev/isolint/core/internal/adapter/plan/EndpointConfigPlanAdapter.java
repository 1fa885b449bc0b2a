package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.internal.plan.PlanPath;
import dev.isolint.core.internal.plan.PlanResource;
import dev.isolint.core.model.EndpointConfig;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_sagemaker_endpoint_configuration} / {@code awscc_sagemaker_endpoint_config} in a plan: the models of its
 * production and shadow variants (a list in plan values either way), and its name.
 */
final class EndpointConfigPlanAdapter implements PlanAdapter {

    /** Variants per kind read: a plan path names list indices, and endpoint configurations have a handful. */
    static final int VARIANTS = 10;
    private static final String AWSCC = "awscc_sagemaker_endpoint_config";
    private static final List<PlanPath> MODELS = new ArrayList<>();
    private static final PlanPath NAME = PlanPath.parse("name");
    private static final PlanPath AWSCC_NAME = PlanPath.parse("endpoint_config_name");
    private static final List<PlanPath> PATHS = new ArrayList<>();

    static {
        for (String kind : List.of("production_variants", "shadow_production_variants")) {
            for (int i = 0; i < VARIANTS; i++) {
                MODELS.add(PlanPath.parse(kind + "[" + i + "].model_name"));
            }
        }
        PATHS.addAll(MODELS);
        PATHS.add(NAME);
        PATHS.add(AWSCC_NAME);
    }

    @Override
    public Set<String> types() {
        return Set.of("aws_sagemaker_endpoint_configuration", AWSCC);
    }

    @Override
    public List<PlanPath> paths() {
        return PATHS;
    }

    @Override
    public ServiceResource adapt(PlanResource planned) {
        List<Reference> models = new ArrayList<>();
        for (PlanPath p : MODELS) {
            for (Reference r : planned.references(p)) {
                if (!contains(models, r)) {
                    models.add(r);
                }
            }
        }
        return new EndpointConfig(planned.resource(PlannedAction.of(planned)), models,
                new Naming(planned.name(planned.type().equals(AWSCC) ? AWSCC_NAME : NAME),
                        null));
    }

    // By hand: a record's generated equals bootstraps through invokedynamic (bench/README.md).
    private static boolean contains(List<Reference> list, Reference r) {
        for (Reference seen : list) {
            if (seen instanceof Reference.ToResource a && r instanceof Reference.ToResource b
                    && a.address().equals(b.address())
                    || seen instanceof Reference.ByName a2 && r instanceof Reference.ByName b2
                    && a2.name().equals(b2.name())
                    || seen instanceof Reference.Unresolvable && r instanceof Reference.Unresolvable) {
                return true;
            }
        }
        return false;
    }
}

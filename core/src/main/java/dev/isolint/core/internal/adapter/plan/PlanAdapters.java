package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import java.util.List;

/**
 * The registered plan adapters, the one list the engine gives the plan reader: adding a resource type to plan
 * scanning is one adapter class and one line here.
 */
public final class PlanAdapters {

    /** Every plan adapter, in the order their records are made for a resource that several claim. */
    public static final List<PlanAdapter> ALL = List.of(new SageMakerModelPlanAdapter());

    private PlanAdapters() {
    }
}

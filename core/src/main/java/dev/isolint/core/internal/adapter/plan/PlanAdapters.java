package dev.isolint.core.internal.adapter.plan;

import dev.isolint.core.internal.plan.PlanAdapter;
import dev.isolint.core.model.MonitoringJobDefinition.Kind;
import java.util.List;

/**
 * The registered plan adapters, the one list the engine gives the plan reader: adding a resource type to plan
 * scanning is one adapter class and one line here.
 */
public final class PlanAdapters {

    /** Every plan adapter, in the order their records are made for a resource that several claim. */
    public static final List<PlanAdapter> ALL = List.of(
            new SageMakerModelPlanAdapter(),
            new MonitoringJobDefinitionPlanAdapter("aws_sagemaker_data_quality_job_definition",
                    MonitoringJobDefinitionPlanAdapter.AWS, Kind.DATA_QUALITY),
            new MonitoringJobDefinitionPlanAdapter("awscc_sagemaker_data_quality_job_definition",
                    MonitoringJobDefinitionPlanAdapter.AWSCC, Kind.DATA_QUALITY),
            new MonitoringJobDefinitionPlanAdapter("awscc_sagemaker_model_bias_job_definition",
                    MonitoringJobDefinitionPlanAdapter.AWSCC, Kind.MODEL_BIAS),
            new MonitoringJobDefinitionPlanAdapter("awscc_sagemaker_model_explainability_job_definition",
                    MonitoringJobDefinitionPlanAdapter.AWSCC, Kind.MODEL_EXPLAINABILITY),
            new MonitoringJobDefinitionPlanAdapter("awscc_sagemaker_model_quality_job_definition",
                    MonitoringJobDefinitionPlanAdapter.AWSCC, Kind.MODEL_QUALITY),
            new MonitoringSchedulePlanAdapter(),
            // The consumers of SPEC §12: no rule judges them, the impact of each fix is read from them.
            new EndpointConfigPlanAdapter(),
            new EndpointPlanAdapter());

    private PlanAdapters() {
    }
}

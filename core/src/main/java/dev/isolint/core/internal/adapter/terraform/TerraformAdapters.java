package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.model.MonitoringJobDefinition.Kind;
import java.util.List;

/** The registered Terraform adapters: adding a resource type is one adapter class and one line here. */
public final class TerraformAdapters {

    /** Every Terraform adapter, in the order their records are made for a block. */
    public static final List<TerraformAdapter> ALL = List.of(
            new SageMakerModelAdapter(),
            new MonitoringJobDefinitionAdapter("aws_sagemaker_data_quality_job_definition",
                    MonitoringJobDefinitionAdapter.AWS, Kind.DATA_QUALITY),
            new MonitoringJobDefinitionAdapter("awscc_sagemaker_data_quality_job_definition",
                    MonitoringJobDefinitionAdapter.AWSCC, Kind.DATA_QUALITY),
            new MonitoringJobDefinitionAdapter("awscc_sagemaker_model_bias_job_definition",
                    MonitoringJobDefinitionAdapter.AWSCC, Kind.MODEL_BIAS),
            new MonitoringJobDefinitionAdapter("awscc_sagemaker_model_explainability_job_definition",
                    MonitoringJobDefinitionAdapter.AWSCC, Kind.MODEL_EXPLAINABILITY),
            new MonitoringJobDefinitionAdapter("awscc_sagemaker_model_quality_job_definition",
                    MonitoringJobDefinitionAdapter.AWSCC, Kind.MODEL_QUALITY),
            new MonitoringScheduleAdapter(),
            // The consumers of SPEC §12: no rule judges them, the impact of each fix is read from them.
            new EndpointConfigAdapter(),
            new EndpointAdapter(),
            new InferenceComponentAdapter());

    private TerraformAdapters() {
    }

    /** The setting path ({@link TerraformAdapter#settingPath}) of a block of {@code type}, or {@code null}. */
    public static TerraformPath settingPath(String type) {
        for (TerraformAdapter a : ALL) {
            if (a.types().contains(type) && a.settingPath(type) != null) {
                return a.settingPath(type);
            }
        }
        return null;
    }
}

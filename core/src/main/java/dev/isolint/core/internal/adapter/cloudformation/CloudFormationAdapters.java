package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.model.MonitoringJobDefinition.Kind;
import java.util.List;

/**
 * The registered CloudFormation adapters: the resource types a scan reads from templates. Adding a resource type
 * is one adapter class and one line here.
 */
public final class CloudFormationAdapters {

    /** Every CloudFormation adapter, in the order their records are listed for one resource entry. */
    public static final List<CloudFormationAdapter> ALL = List.of(
            new SageMakerModelAdapter(),
            new MonitoringJobDefinitionAdapter("AWS::SageMaker::DataQualityJobDefinition", Kind.DATA_QUALITY),
            new MonitoringJobDefinitionAdapter("AWS::SageMaker::ModelBiasJobDefinition", Kind.MODEL_BIAS),
            new MonitoringJobDefinitionAdapter("AWS::SageMaker::ModelExplainabilityJobDefinition",
                    Kind.MODEL_EXPLAINABILITY),
            new MonitoringJobDefinitionAdapter("AWS::SageMaker::ModelQualityJobDefinition", Kind.MODEL_QUALITY),
            new MonitoringScheduleAdapter(),
            // The consumers of SPEC §12: no rule judges them, the impact of each fix is read from them.
            new EndpointConfigAdapter(),
            new EndpointAdapter(),
            new InferenceComponentAdapter());

    private CloudFormationAdapters() {
    }

    /** The setting path ({@link CloudFormationAdapter#settingPath}) of the adapter claiming {@code type}, or {@code null}. */
    public static String settingPath(String type) {
        for (CloudFormationAdapter a : ALL) {
            if (a.types().contains(type) && a.settingPath() != null) {
                return a.settingPath();
            }
        }
        return null;
    }
}

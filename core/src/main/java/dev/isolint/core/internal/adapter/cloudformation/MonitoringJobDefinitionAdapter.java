package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import java.util.List;

/**
 * A Model Monitor job definition type ({@code AWS::SageMaker::DataQualityJobDefinition}, …) →
 * {@link MonitoringJobDefinition} of its kind: {@code NetworkConfig.EnableNetworkIsolation}, false when not set.
 */
final class MonitoringJobDefinitionAdapter implements CloudFormationAdapter {

    private static final String ISOLATION = "NetworkConfig.EnableNetworkIsolation";

    private final List<String> types;
    private final MonitoringJobDefinition.Kind kind;

    MonitoringJobDefinitionAdapter(String type, MonitoringJobDefinition.Kind kind) {
        this.types = List.of(type);
        this.kind = kind;
    }

    @Override
    public List<String> types() {
        return types;
    }

    @Override
    public ServiceResource adapt(CloudFormationResource definition) {
        return new MonitoringJobDefinition(definition.resource("job definition"), kind,
                Setting.single(definition.booleanProperty(ISOLATION, false)),
                new Naming(definition.name("JobDefinitionName"), null));
    }

    @Override
    public String settingPath() {
        return ISOLATION;
    }
}

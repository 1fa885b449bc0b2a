package dev.isolint.core.internal.adapter.cloudformation;

import dev.isolint.core.internal.cloudformation.CloudFormationAdapter;
import dev.isolint.core.internal.cloudformation.CloudFormationResource;
import dev.isolint.core.model.Naming;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import java.util.List;

/**
 * {@code AWS::SageMaker::Model} → {@link SageMakerModel}: {@code EnableNetworkIsolation}, false when not set, and its
 * {@code ModelName}.
 */
public final class SageMakerModelAdapter implements CloudFormationAdapter {

    private static final String ISOLATION = "EnableNetworkIsolation";

    @Override
    public List<String> types() {
        return List.of("AWS::SageMaker::Model");
    }

    @Override
    public ServiceResource adapt(CloudFormationResource model) {
        Value<Boolean> isolation = model.booleanProperty(ISOLATION, false);
        return new SageMakerModel(model.resource("model"), Setting.single(isolation),
                new Naming(model.name("ModelName"), null));
    }

    @Override
    public String settingPath() {
        return ISOLATION;
    }
}

package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.InferenceComponent;
import dev.isolint.core.model.ServiceResource;
import java.util.List;

/** {@code awscc_sagemaker_inference_component} → {@link InferenceComponent}: {@code specification.model_name}. */
final class InferenceComponentAdapter implements TerraformAdapter {

    private static final TerraformPath MODEL = TerraformPath.attribute("specification").key("model_name");

    @Override
    public List<String> types() {
        return List.of("awscc_sagemaker_inference_component");
    }

    @Override
    public ServiceResource adapt(TerraformResource component) {
        return new InferenceComponent(component.resource(), component.references(MODEL));
    }
}

package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import java.util.List;

/**
 * The SageMaker model in Terraform (SPEC §3): {@code aws_sagemaker_model} and {@code awscc_sagemaker_model} both
 * write {@code enable_network_isolation} at the top of the block, converted to a bool as the providers' schemas
 * convert it; not set, the service's default is off. Its name is {@code name} (aws) or {@code model_name} (awscc).
 */
public final class SageMakerModelAdapter implements TerraformAdapter {

    private static final List<String> TYPES = List.of("aws_sagemaker_model", "awscc_sagemaker_model");
    private static final TerraformPath NETWORK_ISOLATION = TerraformPath.attribute("enable_network_isolation");

    @Override
    public List<String> types() {
        return TYPES;
    }

    @Override
    public ServiceResource adapt(TerraformResource resource) {
        return new SageMakerModel(resource.resource(), resource.bool(NETWORK_ISOLATION, false),
                Names.naming(resource, "model_name"));
    }

    @Override
    public TerraformPath settingPath(String type) {
        return NETWORK_ISOLATION;
    }
}

package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.Endpoint;
import dev.isolint.core.model.ServiceResource;
import java.util.List;

/**
 * {@code aws_sagemaker_endpoint} / {@code awscc_sagemaker_endpoint} → {@link Endpoint}: its
 * {@code endpoint_config_name}, and whether it sets {@code create_before_destroy} (Terraform forces that onto the
 * configuration and model it depends on).
 */
final class EndpointAdapter implements TerraformAdapter {

    private static final TerraformPath CONFIG = TerraformPath.attribute("endpoint_config_name");

    @Override
    public List<String> types() {
        return List.of("aws_sagemaker_endpoint", "awscc_sagemaker_endpoint");
    }

    @Override
    public ServiceResource adapt(TerraformResource endpoint) {
        return new Endpoint(endpoint.resource(), endpoint.references(CONFIG), endpoint.createBeforeDestroy());
    }
}

package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.EndpointConfig;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.List;

/**
 * An endpoint configuration → {@link EndpointConfig}: the {@code model_name} of its production and shadow variants,
 * nested blocks in {@code aws_sagemaker_endpoint_configuration}, lists of objects in
 * {@code awscc_sagemaker_endpoint_config}.
 */
final class EndpointConfigAdapter implements TerraformAdapter {

    private static final String AWSCC = "awscc_sagemaker_endpoint_config";
    private static final List<TerraformPath> AWS_VARIANTS = List.of(
            TerraformPath.block("production_variants").attribute("model_name"),
            TerraformPath.block("shadow_production_variants").attribute("model_name"));
    private static final List<TerraformPath> AWSCC_VARIANTS = List.of(
            TerraformPath.attribute("production_variants").key("model_name"),
            TerraformPath.attribute("shadow_production_variants").key("model_name"));

    @Override
    public List<String> types() {
        return List.of("aws_sagemaker_endpoint_configuration", AWSCC);
    }

    @Override
    public ServiceResource adapt(TerraformResource config) {
        List<Reference> models = new ArrayList<>();
        for (TerraformPath p : config.type().equals(AWSCC) ? AWSCC_VARIANTS : AWS_VARIANTS) {
            models.addAll(config.references(p));
        }
        return new EndpointConfig(config.resource(), models, Names.naming(config, "endpoint_config_name"));
    }
}

package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.ServiceResource;
import java.util.List;

/**
 * A Model Monitor job definition in Terraform (SPEC §3): the aws provider writes its switch in a nested
 * {@code network_config} block ({@link #AWS}), the awscc provider in the object attribute {@code network_config}
 * ({@link #AWSCC}); not set, the service's default is off.
 */
final class MonitoringJobDefinitionAdapter implements TerraformAdapter {

    /** {@code network_config { enable_network_isolation = … }}, also as a {@code dynamic} block. */
    static final TerraformPath AWS = TerraformPath.block("network_config").attribute("enable_network_isolation");
    /** {@code network_config = { enable_network_isolation = … }}. */
    static final TerraformPath AWSCC = TerraformPath.attribute("network_config").key("enable_network_isolation");

    private final List<String> types;
    private final TerraformPath isolation;
    private final MonitoringJobDefinition.Kind kind;

    MonitoringJobDefinitionAdapter(String type, TerraformPath isolation, MonitoringJobDefinition.Kind kind) {
        this.types = List.of(type);
        this.isolation = isolation;
        this.kind = kind;
    }

    @Override
    public List<String> types() {
        return types;
    }

    @Override
    public ServiceResource adapt(TerraformResource definition) {
        return new MonitoringJobDefinition(definition.resource(), kind, definition.bool(isolation, false),
                Names.naming(definition, "job_definition_name"));
    }

    @Override
    public TerraformPath settingPath(String type) {
        return isolation;
    }
}

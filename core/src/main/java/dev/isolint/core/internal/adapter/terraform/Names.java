package dev.isolint.core.internal.adapter.terraform;

import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.internal.terraform.module.TerraformResource;
import dev.isolint.core.model.Naming;

/** Where Terraform resources set their own name: {@code name} in aws, a resource-specific attribute in awscc. */
final class Names {

    private static final TerraformPath NAME = TerraformPath.attribute("name");

    private Names() {
    }

    /** The name setting and lifecycle of {@code resource}; {@code awsccName} is its awscc name attribute. */
    static Naming naming(TerraformResource resource, String awsccName) {
        TerraformPath name = resource.type().startsWith("awscc_") ? TerraformPath.attribute(awsccName) : NAME;
        return new Naming(resource.name(name), resource.createBeforeDestroy());
    }
}
